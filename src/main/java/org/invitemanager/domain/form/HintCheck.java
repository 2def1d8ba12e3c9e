package org.invitemanager.domain.form;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Applies a field's XEP-0122 hint to one value: its datatype, the datatype's own bounds, then a range or a pattern.
 *
 * <p>A part of a hint the app cannot use checks nothing: an unknown datatype, a bound that is not a value of the
 * datatype, a minimum above the maximum, a pattern Java cannot compile or cannot finish matching. Such a hint is the
 * server's mistake, and reporting it on every value would block the admin with a message they cannot act on; the
 * server still checks what it receives. A range on a type without an order (xs:string, xs:boolean, xs:anyURI,
 * xs:language) is ignored too: XEP-0122 gives no order for them, and comparing text lexically would reject values for
 * reasons no admin could guess.
 */
final class HintCheck {

    private HintCheck() {
    }

    /** The problem with {@code value} under {@code hint}, as a sentence about {@code fieldName}; empty when none. */
    static Optional<String> problem(Validation hint, String value, String fieldName) {
        Optional<XsDatatype> datatype = XsDatatype.named(hint.datatype());
        String lexical = datatype.map(type -> type.lexical(value)).orElse(value);
        if (datatype.isPresent()) {
            XsDatatype type = datatype.get();
            Optional<Object> read = type.read(lexical);
            if (read.isEmpty()) {
                return Optional.of(fieldName + " must be " + type.expectation() + ".");
            }
            Optional<String> outside = outsideRange(type, hint, read.get(), fieldName);
            if (outside.isPresent()) {
                return outside;
            }
        }
        if (hint.method() == Validation.Method.REGEX && matches(hint.regex(), lexical).equals(Optional.of(false))) {
            return Optional.of(fieldName + " does not have the form the server expects.");
        }
        return Optional.empty();
    }

    /** Whether {@code regex} matches all of {@code value}; empty when the pattern cannot be used. */
    private static Optional<Boolean> matches(String regex, String value) {
        if (regex == null || regex.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Pattern.compile(regex).matcher(new BoundedText(value)).matches());
        } catch (IllegalArgumentException | BoundedText.TooMuchWork e) {
            return Optional.empty();
        } catch (StackOverflowError e) {
            // java.util.regex recurses once per repetition of a group, so "(a|b)*" overflows on a long enough value.
            return Optional.empty();
        }
    }

    /** Checks the tighter of the datatype's own bounds (xs:byte's -128…127) and the hint's range. */
    private static Optional<String> outsideRange(XsDatatype type, Validation hint, Object key, String fieldName) {
        if (!type.isOrdered()) {
            return Optional.empty();
        }
        Optional<Bound> hintLow = Optional.empty();
        Optional<Bound> hintHigh = Optional.empty();
        if (hint.method() == Validation.Method.RANGE) {
            hintLow = bound(type, hint.min(), true);
            hintHigh = bound(type, hint.max(), true);
            if (hintLow.isPresent() && hintHigh.isPresent() && !isAtMost(type, hintLow.get().key, hintHigh.get().key)) {
                hintLow = Optional.empty();
                hintHigh = Optional.empty();
            }
        }
        Optional<Bound> typeLow = bound(type, type.lowest(), false);
        Optional<Bound> typeHigh = bound(type, type.highest(), false);
        Optional<Bound> low = tighter(type, typeLow, hintLow, true);
        Optional<Bound> high = tighter(type, typeHigh, hintHigh, false);
        if (low.isPresent() && high.isPresent() && !isAtMost(type, low.get().key, high.get().key)) {
            // A hint entirely outside the datatype, such as xs:byte from 500: no value could pass it.
            low = typeLow;
            high = typeHigh;
        }
        boolean tooLow = low.isPresent() && !isAtMost(type, low.get().key, key);
        boolean tooHigh = high.isPresent() && !isAtMost(type, key, high.get().key);
        if (!tooLow && !tooHigh) {
            return Optional.empty();
        }
        // "Between 1 and 2147483647" would name a limit the admin never set; one source's pair reads naturally.
        if (low.isPresent() && high.isPresent() && low.get().fromHint == high.get().fromHint) {
            return Optional.of(fieldName + " must be between " + low.get().text + " and " + high.get().text + ".");
        }
        return Optional.of(tooLow ? fieldName + " must be at least " + low.get().text + "."
                : fieldName + " must be at most " + high.get().text + ".");
    }

    private static Optional<Bound> tighter(XsDatatype type, Optional<Bound> first, Optional<Bound> second,
                                           boolean keepLarger) {
        if (first.isEmpty() || second.isEmpty()) {
            return first.isPresent() ? first : second;
        }
        boolean firstIsSmaller = isAtMost(type, first.get().key, second.get().key);
        return firstIsSmaller == keepLarger ? second : first;
    }

    private static Optional<Bound> bound(XsDatatype type, String text, boolean fromHint) {
        if (text == null) {
            return Optional.empty();
        }
        String lexical = type.lexical(text);
        return type.read(lexical).map(key -> new Bound(key, Wording.shorten(lexical), fromHint));
    }

    private static boolean isAtMost(XsDatatype type, Object smaller, Object larger) {
        OptionalInt order = type.compare(smaller, larger);
        return order.isPresent() && order.getAsInt() <= 0;
    }

    /** A bound as compared, as the admin reads it, and whether the server's hint set it rather than the datatype. */
    private record Bound(Object key, String text, boolean fromHint) {
    }

    /** A value that gives up once a pattern has looked at its characters far more often than a sane pattern would. */
    private static final class BoundedText implements CharSequence {

        private static final long BASE_BUDGET = 1_000_000;
        private static final long BUDGET_PER_CHAR = 100;

        private final String text;
        private long budget;

        BoundedText(String text) {
            this.text = text;
            this.budget = BASE_BUDGET + BUDGET_PER_CHAR * text.length();
        }

        @Override
        public char charAt(int index) {
            if (--budget < 0) {
                throw new TooMuchWork();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }

        /** Thrown to stop a match that backtracks without end, as "(a+)+b" does on a long run of a's. */
        private static final class TooMuchWork extends RuntimeException {
            TooMuchWork() {
                super("pattern gave up", null, false, false);
            }
        }
    }
}
