package io.luodi.migration.engine.process;

import io.luodi.migration.engine.plan.PlanProblem;
import io.luodi.migration.engine.plan.Validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Compiles a plan's validations into {@link Check}s once, reporting what cannot be compiled. */
final class Checks {

    private Checks() {
    }

    /**
     * The check, or null when there is nothing to check row by row ({@code Reference}: the loader checks it in the
     * database) or after adding a problem.
     */
    static Check compile(Validation validation, LocalDate today, String path, List<PlanProblem> problems) {
        if (validation instanceof Validation.IdCard) {
            return value -> IdCardNumbers.check(Values.text(value), today);
        }
        if (validation instanceof Validation.Phone) {
            return value -> PhoneNumbers.isValid(Values.text(value)) ? null : Failure.BAD_PHONE;
        }
        if (validation instanceof Validation.Pattern p) {
            Pattern pattern;
            try {
                pattern = Pattern.compile(p.regex());
            } catch (PatternSyntaxException e) {
                problems.add(PlanProblem.of("migration.plan.badRegex", path, p.regex(), e.getDescription()));
                return null;
            }
            return value -> pattern.matcher(Values.text(value)).matches() ? null : Failure.BAD_PATTERN;
        }
        if (validation instanceof Validation.Range r) {
            return range(r, today, path, problems);
        }
        return null;
    }

    /**
     * Bounds are numbers or dates ({@code yyyy-MM-dd}, or {@code today}), and compare with a value of their kind;
     * a text value is read as a number or an ISO date first. A value of another kind is out of range.
     */
    private static Check range(Validation.Range range, LocalDate today, String path, List<PlanProblem> problems) {
        Object min = bound(range.min(), today, path + ".min", problems);
        Object max = bound(range.max(), today, path + ".max", problems);
        if (min instanceof Failure || max instanceof Failure) {
            return null;
        }
        if (min != null && max != null && min.getClass() != max.getClass()) {
            problems.add(PlanProblem.of("migration.plan.badRangeBound", path + ".max", range.max()));
            return null;
        }
        boolean dates = min instanceof LocalDate || max instanceof LocalDate;
        return value -> {
            Object comparable = dates ? asDate(value) : asNumber(value);
            if (comparable == null) {
                return Failure.OUT_OF_RANGE;
            }
            if (dates) {
                LocalDate date = (LocalDate) comparable;
                return min != null && date.isBefore((LocalDate) min) || max != null && date.isAfter((LocalDate) max)
                        ? Failure.OUT_OF_RANGE : null;
            }
            BigDecimal number = (BigDecimal) comparable;
            return min != null && number.compareTo((BigDecimal) min) < 0
                    || max != null && number.compareTo((BigDecimal) max) > 0 ? Failure.OUT_OF_RANGE : null;
        };
    }

    private static Object bound(String text, LocalDate today, String path, List<PlanProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.equals("today")) {
            return today;
        }
        BigDecimal number = NumberParser.parse(text);
        if (number != null) {
            return number;
        }
        Object date = DateParser.ISO.parse(text.strip());
        if (date instanceof LocalDate) {
            return date;
        }
        problems.add(PlanProblem.of("migration.plan.badRangeBound", path, text));
        return Failure.OUT_OF_RANGE;
    }

    private static LocalDate asDate(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof LocalDateTime dateTime) {
            return dateTime.toLocalDate();
        }
        if (value instanceof String text) {
            Object parsed = DateParser.ISO.parse(text);
            return asDate(parsed instanceof String ? null : parsed);
        }
        return null;
    }

    private static BigDecimal asNumber(Object value) {
        if (value instanceof BigDecimal number) {
            return number;
        }
        if (value instanceof Long number) {
            return BigDecimal.valueOf(number);
        }
        return value instanceof String text ? NumberParser.parse(text) : null;
    }
}
