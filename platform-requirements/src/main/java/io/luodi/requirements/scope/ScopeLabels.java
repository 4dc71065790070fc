package io.luodi.requirements.scope;

import org.springframework.context.support.ResourceBundleMessageSource;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The scope bundle's texts in one language, for documents written outside a page (Word, Excel). Reads the module's
 * own bundle, so exports say the same as the pages whatever the application's message configuration.
 */
final class ScopeLabels {

    private static final ResourceBundleMessageSource BUNDLE = new ResourceBundleMessageSource();

    static {
        BUNDLE.setBasename("messages/scope");
        BUNDLE.setDefaultEncoding(StandardCharsets.UTF_8.name());
        BUNDLE.setFallbackToSystemLocale(false);
    }

    private final Locale locale;

    ScopeLabels(Locale locale) {
        this.locale = locale;
    }

    String get(String key, Object... arguments) {
        return BUNDLE.getMessage(key, arguments, locale);
    }
}
