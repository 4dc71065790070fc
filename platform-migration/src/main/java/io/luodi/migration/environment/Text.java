package io.luodi.migration.environment;

/** Form text as it is stored: stripped, and blank as nothing. */
final class Text {

    private Text() {
    }

    static String orNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
