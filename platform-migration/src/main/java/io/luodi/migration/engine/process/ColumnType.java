package io.luodi.migration.engine.process;

import io.luodi.migration.engine.load.TargetColumn;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A target column's type as the engine loads it, and the coercion of a field's value into it. Types the engine does
 * not know (uuid, json, time, ...) take text and leave the check to PostgreSQL.
 */
final class ColumnType {

    enum Kind { TEXT, INTEGER, DECIMAL, DATE, TIMESTAMP, BOOLEAN }

    private static final Pattern PRECISION = Pattern.compile("\\((\\d+)(?:\\s*,\\s*(\\d+))?\\)");

    private final Kind kind;
    private final Integer maxLength;
    /** numeric(p,s): digits before the point at most p - s; null when unconstrained. */
    private final Integer integerDigits;
    private final Integer scale;
    private final long minimum;
    private final long maximum;

    private ColumnType(Kind kind, Integer maxLength, Integer integerDigits, Integer scale, long minimum,
                       long maximum) {
        this.kind = kind;
        this.maxLength = maxLength;
        this.integerDigits = integerDigits;
        this.scale = scale;
        this.minimum = minimum;
        this.maximum = maximum;
    }

    static ColumnType of(TargetColumn column) {
        String type = column.type().toLowerCase(Locale.ROOT).strip();
        switch (type) {
            case "smallint", "int2", "smallserial":
                return integer(Short.MIN_VALUE, Short.MAX_VALUE);
            case "integer", "int", "int4", "serial":
                return integer(Integer.MIN_VALUE, Integer.MAX_VALUE);
            case "bigint", "int8", "bigserial":
                return integer(Long.MIN_VALUE, Long.MAX_VALUE);
            case "real", "float4", "double precision", "float8", "money":
                return new ColumnType(Kind.DECIMAL, null, null, null, 0, 0);
            case "date":
                return new ColumnType(Kind.DATE, null, null, null, 0, 0);
            case "boolean", "bool":
                return new ColumnType(Kind.BOOLEAN, null, null, null, 0, 0);
            default:
                break;
        }
        if (type.startsWith("numeric") || type.startsWith("decimal")) {
            Matcher m = PRECISION.matcher(type);
            if (m.find()) {
                int precision = Integer.parseInt(m.group(1));
                int digitsAfter = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
                return new ColumnType(Kind.DECIMAL, null, precision - digitsAfter, digitsAfter, 0, 0);
            }
            return new ColumnType(Kind.DECIMAL, null, null, null, 0, 0);
        }
        if (type.startsWith("timestamp")) {
            return new ColumnType(Kind.TIMESTAMP, null, null, null, 0, 0);
        }
        Integer maxLength = column.maxLength();
        if (maxLength == null && (type.startsWith("character") || type.startsWith("varchar")
                || type.startsWith("char"))) {
            Matcher m = PRECISION.matcher(type);
            maxLength = m.find() ? Integer.valueOf(m.group(1)) : null;
        }
        return new ColumnType(Kind.TEXT, maxLength, null, null, 0, 0);
    }

    private static ColumnType integer(long minimum, long maximum) {
        return new ColumnType(Kind.INTEGER, null, null, null, minimum, maximum);
    }

    Kind kind() {
        return kind;
    }

    /** The column's character limit, or null. */
    Integer maxLength() {
        return maxLength;
    }

    boolean isNumeric() {
        return kind == Kind.INTEGER || kind == Kind.DECIMAL;
    }

    /**
     * The value as the loader writes it, or a {@link Failure}. A number with more decimals than the column keeps
     * is rejected ({@code bad_number}) rather than rounded: reconciliation must match to the cent.
     */
    Object coerce(Object value) {
        if (value == null) {
            return null;
        }
        return switch (kind) {
            case TEXT -> Values.text(value);
            case INTEGER -> toInteger(value);
            case DECIMAL -> toDecimal(value);
            case DATE -> toDate(value);
            case TIMESTAMP -> toTimestamp(value);
            case BOOLEAN -> toBoolean(value);
        };
    }

    private Object toInteger(Object value) {
        BigDecimal number = number(value);
        if (number == null) {
            return Failure.BAD_NUMBER;
        }
        BigDecimal whole = number.stripTrailingZeros();
        if (whole.scale() > 0) {
            return Failure.BAD_NUMBER;
        }
        if (whole.compareTo(BigDecimal.valueOf(minimum)) < 0 || whole.compareTo(BigDecimal.valueOf(maximum)) > 0) {
            return Failure.OUT_OF_RANGE;
        }
        return whole.longValue();
    }

    private Object toDecimal(Object value) {
        BigDecimal number = number(value);
        if (number == null) {
            return Failure.BAD_NUMBER;
        }
        if (scale == null) {
            return number;
        }
        if (number.scale() > scale && number.stripTrailingZeros().scale() > scale) {
            return Failure.BAD_NUMBER;
        }
        BigDecimal scaled = number.scale() == scale ? number : number.setScale(scale);
        if (scaled.precision() - scale > integerDigits) {
            return Failure.OUT_OF_RANGE;
        }
        return scaled;
    }

    private static BigDecimal number(Object value) {
        if (value instanceof BigDecimal number) {
            return number;
        }
        if (value instanceof Long number) {
            return BigDecimal.valueOf(number);
        }
        if (value instanceof String text) {
            return NumberParser.parse(text);
        }
        return null;
    }

    private static Object toDate(Object value) {
        Object date = value instanceof String text ? DateParser.ISO.parse(text) : value;
        if (date instanceof LocalDate) {
            return date;
        }
        if (date instanceof LocalDateTime dateTime) {
            return dateTime.toLocalDate();
        }
        return Failure.BAD_DATE;
    }

    private static Object toTimestamp(Object value) {
        Object date = value instanceof String text ? DateParser.ISO.parse(text) : value;
        if (date instanceof LocalDateTime) {
            return date;
        }
        if (date instanceof LocalDate day) {
            return day.atStartOfDay();
        }
        return Failure.BAD_DATE;
    }

    private static Object toBoolean(Object value) {
        if (value instanceof Boolean) {
            return value;
        }
        String text = Values.text(value).strip().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "1", "是", "y", "yes", "true", "t" -> Boolean.TRUE;
            case "0", "否", "n", "no", "false", "f" -> Boolean.FALSE;
            default -> Failure.BAD_BOOLEAN;
        };
    }
}
