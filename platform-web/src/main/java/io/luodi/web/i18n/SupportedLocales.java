package io.luodi.web.i18n;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** The languages the UI ships in. Any Chinese preference gets Simplified Chinese; anything else English. */
public final class SupportedLocales {

    public static final List<Locale> ALL = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    private SupportedLocales() {
    }

    /** The first supported language among the browser's preferences, in their order. */
    public static Locale bestMatch(List<Locale> preferences) {
        for (Locale preference : preferences) {
            if (preference.getLanguage().equals("zh")) {
                return Locale.SIMPLIFIED_CHINESE;
            }
            if (preference.getLanguage().equals("en")) {
                return Locale.ENGLISH;
            }
        }
        return Locale.ENGLISH;
    }

    static Locale bestMatch(java.util.Enumeration<Locale> preferences) {
        return bestMatch(Collections.list(preferences));
    }
}
