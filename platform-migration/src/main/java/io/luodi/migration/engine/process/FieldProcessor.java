package io.luodi.migration.engine.process;

import java.util.List;

/**
 * One field mapping, compiled: where its source values are in a row, its steps, checks and the target column's
 * type. {@link #process} gives the value to load or the {@link Failure} that rejects the row.
 *
 * <p>Order: source values (cleaned) → steps before a concat on each value → concat → the other steps → required →
 * the mapping's {@code maxLength} → validations → coercion to the column type → the column's own length limit.
 */
final class FieldProcessor {

    private final int[] sourceIndexes;
    private final String constant;
    private final Step[] beforeConcat;
    private final String separator;
    private final Step[] steps;
    private final boolean required;
    private final Integer maxLength;
    private final Check[] checks;
    private final ColumnType type;
    private final Integer columnLimit;
    private final String rejectionColumn;

    FieldProcessor(int[] sourceIndexes, String constant, List<Step> beforeConcat, String separator,
                   List<Step> steps, boolean required, Integer maxLength, List<Check> checks, ColumnType type,
                   String rejectionColumn) {
        this.sourceIndexes = sourceIndexes.clone();
        this.constant = constant;
        this.beforeConcat = beforeConcat.toArray(Step[]::new);
        this.separator = separator;
        this.steps = steps.toArray(Step[]::new);
        this.required = required;
        this.maxLength = maxLength;
        this.checks = checks.toArray(Check[]::new);
        this.type = type;
        this.columnLimit = type.maxLength();
        this.rejectionColumn = rejectionColumn;
    }

    /** The source column a rejection names: the one source column, else the target column. */
    String rejectionColumn() {
        return rejectionColumn;
    }

    Object process(String[] cleaned) {
        Object value = constant != null ? constant : separator == null ? cleaned[sourceIndexes[0]] : concat(cleaned);
        if (value instanceof Failure) {
            return value;
        }
        for (Step step : steps) {
            value = step.apply(value);
            if (value instanceof Failure) {
                return value;
            }
        }
        if (Values.isBlank(value)) {
            return required ? Failure.BLANK_REQUIRED : null;
        }
        if (maxLength != null && value instanceof String text && Values.length(text) > maxLength) {
            return Failure.TOO_LONG;
        }
        for (Check check : checks) {
            Failure failure = check.check(value);
            if (failure != null) {
                return failure;
            }
        }
        Object coerced = type.coerce(value);
        if (columnLimit != null && coerced instanceof String text && text.length() > columnLimit
                && Values.length(text) > columnLimit) {
            return Failure.TOO_LONG;
        }
        return coerced;
    }

    private Object concat(String[] cleaned) {
        StringBuilder joined = new StringBuilder();
        boolean first = true;
        for (int index : sourceIndexes) {
            Object value = cleaned[index];
            for (Step step : beforeConcat) {
                value = step.apply(value);
                if (value instanceof Failure) {
                    return value;
                }
            }
            if (!Values.isBlank(value)) {
                if (!first) {
                    joined.append(separator);
                }
                joined.append(Values.text(value));
                first = false;
            }
        }
        return joined.toString();
    }

    /**
     * The value as read, for the rejection: the one source value, or all of them joined by {@code " | "}. A NUL
     * becomes U+FFFD: rejections are stored in PostgreSQL, which cannot hold NUL in text.
     */
    String rawValue(List<String> values) {
        return storable(rawValues(values));
    }

    private static String storable(String value) {
        return value == null || value.indexOf('\0') < 0 ? value : value.replace('\0', '\uFFFD');
    }

    private String rawValues(List<String> values) {
        if (constant != null) {
            return constant;
        }
        if (sourceIndexes.length == 1) {
            return sourceIndexes[0] < values.size() ? values.get(sourceIndexes[0]) : null;
        }
        StringBuilder raw = new StringBuilder();
        for (int i = 0; i < sourceIndexes.length; i++) {
            if (i > 0) {
                raw.append(" | ");
            }
            raw.append(sourceIndexes[i] < values.size() ? values.get(sourceIndexes[i]) : "");
        }
        return raw.toString();
    }
}
