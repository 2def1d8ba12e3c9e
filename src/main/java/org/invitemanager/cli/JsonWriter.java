package org.invitemanager.cli;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Builds one compact JSON document. Enough for the command line's output, so the app needs no JSON library at run
 * time: objects, arrays, strings, numbers, booleans and null, with every string escaped so that any server text,
 * including control characters and the line separators JavaScript chokes on, stays inside its quotes.
 */
final class JsonWriter {

    private enum Scope { OBJECT, ARRAY }

    private final StringBuilder text = new StringBuilder();
    private final Deque<Scope> scopes = new ArrayDeque<>();
    private final Deque<Boolean> empty = new ArrayDeque<>();
    private boolean nameWritten;
    private boolean done;

    JsonWriter beginObject() {
        beforeValue();
        return open(Scope.OBJECT, '{');
    }

    JsonWriter endObject() {
        return close(Scope.OBJECT, '}');
    }

    JsonWriter beginArray() {
        beforeValue();
        return open(Scope.ARRAY, '[');
    }

    JsonWriter endArray() {
        return close(Scope.ARRAY, ']');
    }

    /** The member name for the value that follows; only inside an object. */
    JsonWriter name(String name) {
        if (scopes.peek() != Scope.OBJECT || nameWritten) {
            throw new IllegalStateException("a name belongs inside an object, before its value");
        }
        separate();
        string(name);
        text.append(':');
        nameWritten = true;
        return this;
    }

    /** A string, or null. */
    JsonWriter value(String value) {
        beforeValue();
        if (value == null) {
            text.append("null");
        } else {
            string(value);
        }
        return afterScalar();
    }

    /** A whole number, or null. */
    JsonWriter value(Long value) {
        beforeValue();
        text.append(value == null ? "null" : value.toString());
        return afterScalar();
    }

    JsonWriter value(long value) {
        return value(Long.valueOf(value));
    }

    /** A whole number, or null. */
    JsonWriter value(Integer value) {
        return value(value == null ? null : Long.valueOf(value));
    }

    JsonWriter value(boolean value) {
        beforeValue();
        text.append(value);
        return afterScalar();
    }

    JsonWriter nullValue() {
        return value((String) null);
    }

    /** Shorthand for {@code name(name).value(value)}. */
    JsonWriter field(String name, String value) {
        return name(name).value(value);
    }

    /** Shorthand for {@code name(name).value(value)}. */
    JsonWriter field(String name, Integer value) {
        return name(name).value(value);
    }

    /** The finished document. */
    @Override
    public String toString() {
        if (!done) {
            throw new IllegalStateException("the document is not finished");
        }
        return text.toString();
    }

    private JsonWriter open(Scope scope, char bracket) {
        text.append(bracket);
        scopes.push(scope);
        empty.push(true);
        return this;
    }

    private JsonWriter close(Scope scope, char bracket) {
        if (scopes.peek() != scope || nameWritten) {
            throw new IllegalStateException("nothing to close with " + bracket);
        }
        scopes.pop();
        empty.pop();
        text.append(bracket);
        done = scopes.isEmpty();
        return this;
    }

    private void beforeValue() {
        if (done) {
            throw new IllegalStateException("the document is already finished");
        }
        if (scopes.peek() == Scope.OBJECT) {
            if (!nameWritten) {
                throw new IllegalStateException("a value inside an object needs a name first");
            }
            nameWritten = false;
        } else if (scopes.peek() == Scope.ARRAY) {
            separate();
        }
    }

    /** A scalar outside any container is a whole document. */
    private JsonWriter afterScalar() {
        done = scopes.isEmpty();
        return this;
    }

    private void separate() {
        if (!empty.pop()) {
            text.append(',');
        }
        empty.push(false);
    }

    private void string(String value) {
        text.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> text.append("\\\"");
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                case '\b' -> text.append("\\b");
                case '\f' -> text.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || isLoneSurrogate(value, i)) {
                        text.append(String.format("\\u%04x", (int) c));
                    } else {
                        text.append(c);
                    }
                }
            }
        }
        text.append('"');
    }

    /** Half a surrogate pair cannot be encoded as UTF-8; escaped, it at least reaches the reader unchanged. */
    private static boolean isLoneSurrogate(String value, int i) {
        char c = value.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(value.charAt(i - 1));
        }
        return false;
    }
}
