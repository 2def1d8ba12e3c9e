package org.invitemanager.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * Reads {@code --expires}: a whole number with a unit, {@code 30m}, {@code 12h}, {@code 7d} or {@code 2w}, or plain
 * seconds. Whether the length is allowed (at least a second, at most ten years) is left to
 * {@link org.invitemanager.domain.InviteOptions#problem()}, so the app and the command line agree.
 */
final class ExpiryParser implements CommandLine.ITypeConverter<Duration> {

    static final String FORMS = "a number with s, m, h, d or w, such as 30m, 12h, 7d or 2w, or plain seconds";

    private static final Pattern AMOUNT = Pattern.compile("(\\d{1,12})\\s*([smhdw]?)");

    @Override
    public Duration convert(String value) {
        try {
            return parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }

    /** @throws IllegalArgumentException with a message naming the accepted forms */
    static Duration parse(String text) {
        String trimmed = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Matcher matcher = AMOUNT.matcher(trimmed);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration: use " + FORMS + ".");
        }
        long amount = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2)) {
            case "", "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            case "d" -> Duration.ofDays(amount);
            case "w" -> Duration.ofDays(amount * 7);
            default -> throw new IllegalStateException("the pattern allows no other unit");
        };
    }
}
