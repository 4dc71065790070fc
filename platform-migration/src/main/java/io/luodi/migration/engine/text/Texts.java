package io.luodi.migration.engine.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User-facing text of the engine by message key, from the {@code messages/migration} bundle. The engine has no
 * Spring; the web application can hand in its own message source as a {@code Texts} instead.
 */
@FunctionalInterface
public interface Texts {

    /** The text of a key with {@link MessageFormat} arguments; the key itself when the bundle lacks it. */
    String get(String key, Object... args);

    /** The user's words for a rejection reason code ({@code migration.reject.<reason>}). */
    default String reason(String reason) {
        return get("migration.reject." + reason);
    }

    /** The engine's own bundle in a language ({@code zh_CN}, or English for anything else). */
    static Texts of(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("messages/migration", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return (key, args) -> {
            String pattern;
            try {
                pattern = bundle.getString(key);
            } catch (MissingResourceException e) {
                return key;
            }
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        };
    }
}
