package io.luodi.migration.engine.process;

import io.luodi.migration.engine.plan.MigrationPlan;
import io.luodi.migration.engine.plan.PlanProblem;
import io.luodi.migration.engine.plan.Transform;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Compiles a plan's transforms into {@link Step}s once, reporting what cannot be compiled. */
final class Steps {

    private Steps() {
    }

    /** The step, or null after adding a problem; {@code Concat} is not a step (the field joins its sources). */
    static Step compile(Transform transform, MigrationPlan plan, String path, List<PlanProblem> problems) {
        if (transform instanceof Transform.Trim) {
            return textStep(String::strip);
        }
        if (transform instanceof Transform.Case c) {
            return c.kind() == Transform.Case.Kind.UPPER ? textStep(s -> s.toUpperCase(Locale.ROOT))
                    : textStep(s -> s.toLowerCase(Locale.ROOT));
        }
        if (transform instanceof Transform.ParseDate d) {
            return parseDate(d, path, problems);
        }
        if (transform instanceof Transform.ParseNumber) {
            return Steps::parseNumber;
        }
        if (transform instanceof Transform.Lookup l) {
            return lookup(l, plan, path, problems);
        }
        if (transform instanceof Transform.Default d) {
            String fallback = d.value();
            return value -> Values.isBlank(value) ? fallback : value;
        }
        if (transform instanceof Transform.Split s) {
            return split(s);
        }
        if (transform instanceof Transform.RegexReplace r) {
            return regexReplace(r, path, problems);
        }
        throw new IllegalArgumentException("Not a step: " + transform);
    }

    /** A step on text: typed values are read as text first, blanks pass through untouched. */
    private static Step textStep(java.util.function.UnaryOperator<String> operator) {
        return value -> Values.isBlank(value) ? value : operator.apply(Values.text(value));
    }

    private static Step parseDate(Transform.ParseDate transform, String path, List<PlanProblem> problems) {
        for (String pattern : transform.patterns()) {
            try {
                DateParser.of(List.of(pattern));
            } catch (IllegalArgumentException e) {
                problems.add(PlanProblem.of("migration.plan.badDatePattern", path, pattern, e.getMessage()));
                return null;
            }
        }
        DateParser parser = DateParser.of(transform.patterns());
        return value -> {
            if (!(value instanceof String text)) {
                return value;
            }
            if (text.isBlank()) {
                return null;
            }
            Object date = parser.parse(text);
            return date == null ? Failure.BAD_DATE : date;
        };
    }

    private static Object parseNumber(Object value) {
        if (!(value instanceof String text)) {
            return value;
        }
        if (text.isBlank()) {
            return null;
        }
        BigDecimal number = NumberParser.parse(text);
        return number == null ? Failure.BAD_NUMBER : number;
    }

    private static Step lookup(Transform.Lookup transform, MigrationPlan plan, String path,
                               List<PlanProblem> problems) {
        Map<String, String> dictionary = plan.dictionaries().get(transform.dictionary());
        if (dictionary == null) {
            problems.add(PlanProblem.of("migration.plan.unknownDictionary", path, transform.dictionary()));
            return null;
        }
        Map<String, String> codes = Map.copyOf(dictionary);
        String otherwise = transform.otherwise();
        return value -> {
            if (Values.isBlank(value)) {
                return value;
            }
            String code = codes.get(Values.text(value));
            if (code != null) {
                return code;
            }
            return otherwise != null ? otherwise : Failure.UNKNOWN_CODE;
        };
    }

    private static Step split(Transform.Split transform) {
        String separator = transform.separator();
        int index = transform.index();
        return value -> {
            if (Values.isBlank(value)) {
                return value;
            }
            String text = Values.text(value);
            int start = 0;
            for (int part = 0; part < index; part++) {
                int next = text.indexOf(separator, start);
                if (next < 0) {
                    return null;
                }
                start = next + separator.length();
            }
            int end = text.indexOf(separator, start);
            return text.substring(start, end < 0 ? text.length() : end);
        };
    }

    private static Step regexReplace(Transform.RegexReplace transform, String path, List<PlanProblem> problems) {
        Pattern pattern;
        try {
            pattern = Pattern.compile(transform.pattern());
        } catch (PatternSyntaxException e) {
            problems.add(PlanProblem.of("migration.plan.badRegex", path, transform.pattern(), e.getDescription()));
            return null;
        }
        String replacement = transform.replacement() == null ? "" : transform.replacement();
        return value -> Values.isBlank(value) ? value
                : pattern.matcher(Values.text(value)).replaceAll(replacement);
    }
}
