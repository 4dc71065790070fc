package io.luodi.migration.engine.plan;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * One thing wrong with a plan or with its mapping onto a source and a target, as a message-bundle key and its
 * arguments. The first argument is where the problem is ({@code datasets[0].fields[3].transforms[1]}) when there is
 * such a place.
 */
public record PlanProblem(String messageKey, List<Object> arguments) {

    /** The bundle holding every engine message, in {@code messages/migration*.properties}. */
    public static final String BUNDLE = "messages/migration";

    public PlanProblem {
        arguments = List.copyOf(arguments);
    }

    public static PlanProblem of(String messageKey, Object... arguments) {
        return new PlanProblem(messageKey, List.of(arguments));
    }

    /** The message in that language, for the command line; the web application resolves the key itself. */
    public String message(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        // numbers as written: line 1234, not "1,234"
        Object[] texts = arguments.stream().map(a -> a instanceof Number ? a.toString() : a).toArray();
        return new MessageFormat(bundle.getString(messageKey), locale).format(texts);
    }

    @Override
    public String toString() {
        return messageKey + arguments;
    }
}
