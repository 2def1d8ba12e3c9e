package org.invitemanager.domain.form;

/**
 * A field's XEP-0122 validation hint: a datatype and how values are checked. {@code min}/{@code max} are the bounds of
 * {@link Method#RANGE}, {@code regex} the pattern of {@link Method#REGEX}; {@code minItems}/{@code maxItems} are the
 * {@code <list-range/>} of a multi-valued field. Any of them may be null.
 */
public record Validation(String datatype, Method method, String min, String max, String regex, Integer minItems,
                         Integer maxItems) {

    /** XEP-0122's default datatype. */
    public static final String DEFAULT_DATATYPE = "xs:string";

    public Validation {
        datatype = datatype == null || datatype.isBlank() ? DEFAULT_DATATYPE : datatype.trim();
        method = method == null ? Method.BASIC : method;
    }

    /** How values are checked against the datatype. */
    public enum Method {
        /** Values must be of the datatype; for lists, one of the options. */
        BASIC,
        /** As basic, but list fields also take values that are not among the options. */
        OPEN,
        /** Values must lie between {@code min} and {@code max}. */
        RANGE,
        /** Values must match {@code regex} (XML Schema syntax, close to Java's). */
        REGEX
    }
}
