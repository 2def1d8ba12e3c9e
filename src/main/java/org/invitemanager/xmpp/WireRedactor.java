package org.invitemanager.xmpp;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces the secrets in one complete XML element of the wire with {@value #REDACTED}: SASL exchanges, IBR
 * passwords, private data-form fields, and invite tokens wherever they show (preauth IQs, {@code xmpp:} URIs, landing
 * pages). One instance serves one connection: tokens and private field names it has seen are redacted again in later
 * elements, such as a submitted form that leaves out the field's type, or a landing page whose address the server
 * builds from a template.
 */
final class WireRedactor {

    static final String REDACTED = "[redacted]";

    // Shorter values are not random tokens; redacting them everywhere would blank ordinary words.
    private static final int MIN_TOKEN_LENGTH = 8;
    private static final int MAX_REMEMBERED = 10_000;

    private static final Pattern SASL = Pattern.compile(
            "^(\\s*<(?:\\w+:)?(auth|response|challenge|success)\\b[^>]*?>)(.*)(</(?:\\w+:)?\\2>\\s*)$", Pattern.DOTALL);
    private static final Pattern PASSWORD_ELEMENT = Pattern.compile(
            "(<((?:\\w+:)?password)\\b[^>]*>)(.*?)(</\\2>)", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern FIELD = Pattern.compile("<field\\b([^>]*?)(/>|>(.*?)</field>)", Pattern.DOTALL);
    private static final Pattern VALUE = Pattern.compile("(<value\\b[^>]*>)(.*?)(</value>)", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.-]+)\\s*=\\s*(['\"])(.*?)\\2", Pattern.DOTALL);
    private static final Pattern TOKEN_ATTRIBUTE = Pattern.compile("(\\btoken\\s*=\\s*)(['\"])(.*?)\\2",
            Pattern.DOTALL);
    // XEP-0147 query values: preauth always carries a token; ibr is a flag (y), unless a server puts a token there.
    private static final Pattern URI_TOKEN = Pattern.compile("([?;&](?:preauth|ibr)=)([^;&'\"<>\\s]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> FLAGS = Set.of("y", "n", "yes", "no", "true", "false", "1", "0");
    // Landing pages: Prosody's /invite/TOKEN/, mod_invites_page's /invites_page?TOKEN, ejabberd's /invites/TOKEN.
    private static final Pattern INVITE_PAGE = Pattern.compile(
            "(https?://[^/\\s'\"<>]+)(/[^\\s'\"<>]*invite[^\\s'\"<>]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PAGE_TOKEN = Pattern.compile("/invites?/([^/?#\\s'\"<>]+)|invites_page\\?([^&#\\s'\"<>]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LANDING_PAGE = Pattern.compile("^(\\s*https?://[^/\\s]+)(\\S+)(\\s*)$");

    private final Set<String> tokens = ConcurrentHashMap.newKeySet();
    private final Set<String> privateFields = ConcurrentHashMap.newKeySet();

    /** The element with every secret replaced; never fails, so a debug log cannot break the connection. */
    String redact(String element) {
        learnTokens(element);
        String text = element;
        Matcher sasl = SASL.matcher(text);
        if (sasl.matches() && !sasl.group(3).isBlank()) {
            text = sasl.group(1) + REDACTED + sasl.group(4);
        }
        text = replace(PASSWORD_ELEMENT, text, m -> m.group(1) + REDACTED + m.group(4));
        text = replace(FIELD, text, this::redactField);
        text = replace(TOKEN_ATTRIBUTE, text, m -> m.group(1) + m.group(2) + REDACTED + m.group(2));
        text = replace(URI_TOKEN, text, m -> FLAGS.contains(m.group(2).toLowerCase(Locale.ROOT))
                ? m.group() : m.group(1) + REDACTED);
        text = replace(INVITE_PAGE, text, m -> m.group(1) + "/" + REDACTED);
        for (String token : tokens) {
            if (text.contains(token)) {
                text = text.replace(token, REDACTED);
            }
        }
        return text;
    }

    private String redactField(Matcher field) {
        String attributes = field.group(1);
        String body = field.group(3);
        String var = attribute(attributes, "var");
        boolean isPrivate = "text-private".equals(attribute(attributes, "type"));
        if (isPrivate && var != null) {
            remember(privateFields, var);
        }
        if (body == null) {
            return field.group();
        }
        boolean secret = isPrivate || var != null
                && (var.toLowerCase(Locale.ROOT).contains("password") || privateFields.contains(var));
        if (secret) {
            return "<field" + attributes + ">" + replace(VALUE, body, v -> v.group(1) + REDACTED + v.group(3))
                    + "</field>";
        }
        if (var != null && (var.equals("landing-url") || var.equals("landing-page"))) {
            return "<field" + attributes + ">" + replace(VALUE, body, v -> v.group(1) + landingPage(v.group(2))
                    + v.group(3)) + "</field>";
        }
        return field.group();
    }

    /** A landing page's host stays readable; the rest of its address may be built from the token in any way. */
    private static String landingPage(String address) {
        Matcher host = LANDING_PAGE.matcher(address);
        return host.matches() ? host.group(1) + "/" + REDACTED + host.group(3) : address;
    }

    private void learnTokens(String element) {
        Matcher attribute = TOKEN_ATTRIBUTE.matcher(element);
        while (attribute.find()) {
            rememberToken(attribute.group(3));
        }
        Matcher uri = URI_TOKEN.matcher(element);
        while (uri.find()) {
            if (!FLAGS.contains(uri.group(2).toLowerCase(Locale.ROOT))) {
                rememberToken(uri.group(2));
            }
        }
        Matcher page = PAGE_TOKEN.matcher(element);
        while (page.find()) {
            rememberToken(page.group(1) != null ? page.group(1) : page.group(2));
        }
    }

    private void rememberToken(String token) {
        if (token.length() >= MIN_TOKEN_LENGTH && !token.equals(REDACTED)) {
            remember(tokens, token);
        }
    }

    private static void remember(Set<String> set, String value) {
        if (set.size() < MAX_REMEMBERED) {
            set.add(value);
        }
    }

    private static String attribute(String attributes, String name) {
        Matcher m = ATTRIBUTE.matcher(attributes);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return m.group(3);
            }
        }
        return null;
    }

    private static String replace(Pattern pattern, String text, Function<Matcher, String> replacement) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
