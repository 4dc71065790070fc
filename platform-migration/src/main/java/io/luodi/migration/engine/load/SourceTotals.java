package io.luodi.migration.engine.load;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The source side of a reconciliation, added up in Java while rows stream straight into the target: the rows, the
 * sums of the reconciled columns and a key checksum, so that the source is never read back from the target it is
 * checked against.
 * <p>
 * The checksum is the sum of a 64-bit hash of every key, the same function as {@link #sqlKeyHash}: PostgreSQL's
 * {@code hashtextextended} of the key's text, which {@link KeyHash} reproduces. The key's text is each column's text as
 * PostgreSQL's {@code ::text} gives it for the stored value, prefixed by its UTF-8 length and a colon, or {@code -}
 * for null, the columns one after another. Java reproduces that text only for text, varchar, char and integer
 * columns with String or integer values, and sums exactly only integer and numeric columns with integer or
 * BigDecimal values (rounded to the column's scale as PostgreSQL rounds); for anything else {@link #exact()} turns
 * false and the caller computes the source side in SQL from the keys it set aside instead.
 */
final class SourceTotals {

    private enum KeyKind { TEXT, CHARACTER, INTEGER, OTHER }

    private final int[] keyPositions;
    private final KeyKind[] keyKinds;
    private final Integer[] keyLengths;
    private final int[] sumPositions;
    /** Per summed column: the numeric's scale (negative ones too), or one of the three kinds below. */
    private final int[] sumScales;
    private static final int INTEGER = Integer.MIN_VALUE;
    private static final int UNCONSTRAINED = Integer.MIN_VALUE + 1;
    private static final int INEXACT = Integer.MIN_VALUE + 2;
    private final BigDecimal[] sums;
    private final StringBuilder text = new StringBuilder(64);
    private boolean exact = true;
    private long rows;
    private long hashHigh;
    private long hashLow;

    SourceTotals(LoadLayout layout) {
        List<String> key = layout.key();
        keyPositions = new int[key.size()];
        keyKinds = new KeyKind[key.size()];
        keyLengths = new Integer[key.size()];
        for (int i = 0; i < key.size(); i++) {
            keyPositions[i] = layout.columns().indexOf(key.get(i));
            TargetColumn column = layout.table().column(key.get(i)).orElseThrow();
            String type = column.type();
            keyKinds[i] = type.endsWith("]") ? KeyKind.OTHER // an array's text form is not the value's
                    : type.equals("text") || type.startsWith("character varying") ? KeyKind.TEXT
                    : type.startsWith("character") ? KeyKind.CHARACTER
                    : type.equals("smallint") || type.equals("integer") || type.equals("bigint") ? KeyKind.INTEGER
                    : KeyKind.OTHER;
            keyLengths[i] = keyKinds[i] == KeyKind.CHARACTER && column.maxLength() == null ? Integer.valueOf(1)
                    : column.maxLength();
            exact &= keyKinds[i] != KeyKind.OTHER;
        }
        List<String> summed = layout.sums();
        sumPositions = new int[summed.size()];
        sumScales = new int[summed.size()];
        sums = new BigDecimal[summed.size()];
        for (int i = 0; i < summed.size(); i++) {
            sumPositions[i] = layout.columns().indexOf(summed.get(i));
            String type = layout.table().column(summed.get(i)).orElseThrow().type();
            sumScales[i] = scale(type);
            exact &= sumScales[i] != INEXACT;
        }
    }

    private static int scale(String type) {
        if (type.equals("smallint") || type.equals("integer") || type.equals("bigint")) {
            return INTEGER;
        }
        if (type.equals("numeric")) {
            return UNCONSTRAINED;
        }
        if (type.startsWith("numeric(")) {
            int comma = type.indexOf(',');
            return comma < 0 ? 0 : Integer.parseInt(type.substring(comma + 1, type.length() - 1).trim());
        }
        return INEXACT;
    }

    /**
     * The SQL expression of the same 64-bit hash of a key, for rows aliased {@code alias}; summed as numeric it
     * gives the checksum. It needs a UTF-8 database, where {@code octet_length} and {@code hashtextextended}
     * see the bytes Java sees.
     */
    static String sqlKeyHash(String alias, List<String> key) {
        String text = Sql.join(key, c -> {
            String value = alias + '.' + Sql.quote(c) + "::text";
            return "coalesce(octet_length(" + value + ")::text || ':' || " + value + ", '-')";
        }, " || ");
        return "hashtextextended(" + text + ", 0)";
    }

    /** Adds one row that goes to the target as it is. */
    void add(List<Object> values) {
        rows++;
        if (!exact) {
            return;
        }
        text.setLength(0);
        for (int i = 0; i < keyPositions.length && exact; i++) {
            keyText(values.get(keyPositions[i]), i);
        }
        for (int i = 0; i < sumPositions.length && exact; i++) {
            add(values.get(sumPositions[i]), i);
        }
        if (exact) {
            long hash = hash(text.toString());
            hashHigh += hash >> 32;
            hashLow += hash & 0xFFFFFFFFL;
        }
    }

    private void keyText(Object value, int column) {
        if (value == null) {
            text.append('-');
            return;
        }
        String form;
        switch (keyKinds[column]) {
            case TEXT, CHARACTER -> {
                if (!(value instanceof String string)) {
                    exact = false;
                    return;
                }
                form = string;
                Integer length = keyLengths[column];
                if (length != null && form.codePointCount(0, form.length()) > length) {
                    // PostgreSQL cuts off blanks past the length (anything else fails the COPY)
                    form = form.substring(0, form.offsetByCodePoints(0, length));
                }
                if (keyKinds[column] == KeyKind.CHARACTER) {
                    int end = form.length();
                    while (end > 0 && form.charAt(end - 1) == ' ') {
                        end--;
                    }
                    form = form.substring(0, end); // char(n) as text loses its trailing blanks
                }
            }
            case INTEGER -> {
                if (!(value instanceof Long || value instanceof Integer)) {
                    exact = false;
                    return;
                }
                form = value.toString();
            }
            default -> {
                exact = false;
                return;
            }
        }
        text.append(utf8Length(form)).append(':').append(form);
    }

    private void add(Object value, int column) {
        if (value == null) {
            return;
        }
        BigDecimal number;
        if (value instanceof Long || value instanceof Integer) {
            number = BigDecimal.valueOf(((Number) value).longValue());
        } else if (value instanceof BigDecimal decimal && sumScales[column] != INTEGER) {
            // PostgreSQL rounds to the column's scale half away from zero, as HALF_UP does
            number = sumScales[column] == UNCONSTRAINED ? decimal
                    : decimal.setScale(sumScales[column], RoundingMode.HALF_UP);
        } else {
            exact = false;
            return;
        }
        sums[column] = sums[column] == null ? number : sums[column].add(number);
    }

    /** The 64-bit hash of one key's text, as {@link #sqlKeyHash} computes it. */
    long hash(String keyText) {
        return KeyHash.of(keyText.getBytes(StandardCharsets.UTF_8));
    }

    /** Bytes of the UTF-8 form, as {@code getBytes} would make it (a lone surrogate becomes one byte, '?'). */
    private static int utf8Length(String text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                bytes++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /** True while every row so far could be added up exactly. */
    boolean exact() {
        return exact;
    }

    long rows() {
        return rows;
    }

    BigDecimal checksum() {
        return new BigDecimal(BigInteger.valueOf(hashHigh).shiftLeft(32).add(BigInteger.valueOf(hashLow)));
    }

    /** The sums so far, null for a column with no value yet (as SQL's sum of nothing). */
    List<BigDecimal> sums() {
        return java.util.Arrays.asList(sums.clone());
    }
}
