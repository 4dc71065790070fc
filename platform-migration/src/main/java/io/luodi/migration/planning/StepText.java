package io.luodi.migration.planning;

import io.luodi.core.BusinessRuleException;
import io.luodi.migration.engine.plan.Transform;
import io.luodi.migration.engine.plan.Validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The short text form of a field's transforms and validations in the mapping table, one step a line:
 * <pre>
 * trim | upper | lower | number
 * date yyyy-MM-dd | yyyy/M/d | yyyyMMdd | yyyy年M月d日 | excel
 * lookup gender              (lookup DICTIONARY [otherwise VALUE])
 * default 未知 | constant-like defaults
 * concat SEPARATOR  |  split SEPARATOR INDEX  |  regex PATTERN => REPLACEMENT
 *
 * range MIN MAX  (either may be "-")  |  pattern REGEX  |  idcard  |  phone  |  reference TABLE COLUMN
 * </pre>
 * A line that is none of these is refused with its number, on the mapping row's field.
 */
final class StepText {

    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private StepText() {
    }

    static List<Transform> transforms(String text, String field, String label) {
        List<Transform> steps = new ArrayList<>();
        int number = 0;
        for (String line : lines(text)) {
            number++;
            steps.add(transform(line, field, number, label));
        }
        return steps;
    }

    static List<Validation> validations(String text, String field, String label) {
        List<Validation> checks = new ArrayList<>();
        int number = 0;
        for (String line : lines(text)) {
            number++;
            checks.add(validation(line, field, number, label));
        }
        return checks;
    }

    static String format(List<Transform> transforms) {
        List<String> lines = new ArrayList<>();
        for (Transform step : transforms) {
            lines.add(line(step));
        }
        return String.join("\n", lines);
    }

    static String formatValidations(List<Validation> validations) {
        List<String> lines = new ArrayList<>();
        for (Validation check : validations) {
            lines.add(line(check));
        }
        return String.join("\n", lines);
    }

    private static String line(Transform step) {
        if (step instanceof Transform.Case c) {
            return c.kind().name().toLowerCase(Locale.ROOT);
        } else if (step instanceof Transform.ParseDate d) {
            return "date " + String.join(" | ", d.patterns());
        } else if (step instanceof Transform.ParseNumber) {
            return "number";
        } else if (step instanceof Transform.Lookup l) {
            return "lookup " + l.dictionary() + (l.otherwise() == null ? "" : " otherwise " + l.otherwise());
        } else if (step instanceof Transform.Default d) {
            return "default " + d.value();
        } else if (step instanceof Transform.Concat c) {
            return "concat " + c.separator();
        } else if (step instanceof Transform.Split split) {
            return "split " + split.separator() + " " + split.index();
        } else if (step instanceof Transform.RegexReplace r) {
            return "regex " + r.pattern() + " => " + r.replacement();
        }
        return "trim";
    }

    private static String line(Validation check) {
        if (check instanceof Validation.Range r) {
            return "range " + (r.min() == null ? "-" : r.min()) + " " + (r.max() == null ? "-" : r.max());
        } else if (check instanceof Validation.Pattern p) {
            return "pattern " + p.regex();
        } else if (check instanceof Validation.IdCard) {
            return "idcard";
        } else if (check instanceof Validation.Phone) {
            return "phone";
        }
        Validation.Reference r = (Validation.Reference) check;
        return "reference " + r.table() + " " + r.column();
    }

    private static Transform transform(String line, String field, int number, String label) {
        String[] words = BLANKS.split(line, 2);
        String rest = words.length > 1 ? words[1].strip() : "";
        switch (words[0].toLowerCase(Locale.ROOT)) {
            case "trim":
                return new Transform.Trim();
            case "upper":
                return new Transform.Case(Transform.Case.Kind.UPPER);
            case "lower":
                return new Transform.Case(Transform.Case.Kind.LOWER);
            case "number":
                return new Transform.ParseNumber();
            case "date":
                List<String> patterns = Arrays.stream(rest.split("\\|")).map(String::strip)
                        .filter(p -> !p.isEmpty()).toList();
                if (patterns.isEmpty()) {
                    throw refused(field, number, line, label);
                }
                return new Transform.ParseDate(patterns);
            case "lookup":
                if (rest.isEmpty()) {
                    throw refused(field, number, line, label);
                }
                String[] parts = rest.split("\\s+otherwise\\s+", 2);
                return new Transform.Lookup(parts[0].strip(), parts.length > 1 ? parts[1].strip() : null);
            case "default":
                return new Transform.Default(rest);
            case "concat":
                return new Transform.Concat(words.length > 1 ? words[1] : "");
            case "split":
                int blank = rest.lastIndexOf(' ');
                if (blank < 1) {
                    throw refused(field, number, line, label);
                }
                try {
                    return new Transform.Split(rest.substring(0, blank), Integer.parseInt(rest.substring(blank + 1)));
                } catch (NumberFormatException e) {
                    throw refused(field, number, line, label);
                }
            case "regex":
                int arrow = rest.indexOf(" => ");
                String pattern = arrow < 0 ? rest : rest.substring(0, arrow);
                String replacement = arrow < 0 ? "" : rest.substring(arrow + 4);
                compile(pattern, field, number, line, label);
                return new Transform.RegexReplace(pattern, replacement);
            default:
                throw refused(field, number, line, label);
        }
    }

    private static Validation validation(String line, String field, int number, String label) {
        String[] words = BLANKS.split(line, 2);
        String rest = words.length > 1 ? words[1].strip() : "";
        switch (words[0].toLowerCase(Locale.ROOT)) {
            case "range":
                String[] bounds = BLANKS.split(rest);
                if (rest.isEmpty() || bounds.length != 2) {
                    throw refused(field, number, line, label);
                }
                return new Validation.Range(bound(bounds[0]), bound(bounds[1]));
            case "pattern":
                compile(rest, field, number, line, label);
                return new Validation.Pattern(rest);
            case "idcard":
                return new Validation.IdCard();
            case "phone":
                return new Validation.Phone();
            case "reference":
                String[] names = BLANKS.split(rest);
                if (rest.isEmpty() || names.length != 2) {
                    throw refused(field, number, line, label);
                }
                return new Validation.Reference(names[0], names[1]);
            default:
                throw refused(field, number, line, label);
        }
    }

    private static String bound(String text) {
        return "-".equals(text) ? null : text;
    }

    private static void compile(String pattern, String field, int number, String line, String label) {
        try {
            Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            throw refused(field, number, line, label);
        }
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static BusinessRuleException refused(String field, int number, String line, String label) {
        return BusinessRuleException.onField(field, "migration.mapping.badStep", label, number, line);
    }
}
