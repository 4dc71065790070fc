package io.luodi.support.alert;

/** Reads the text fields monitors send: required ones, and ones cut to the lengths tickets store. */
final class Texts {

    private Texts() {
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The stripped value; a missing or blank one throws {@link MalformedAlertException}. */
    static String required(String value, String field) {
        String text = blankToNull(value);
        if (text == null) {
            throw MalformedAlertException.missing(field);
        }
        return text;
    }

    /** The value cut to {@code max} characters, ending in an ellipsis when it was cut; {@code null} stays. */
    static String shorten(String value, int max) {
        String text = blankToNull(value);
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
