package io.luodi.migration.engine.process;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A date pattern made only of numeric fields ({@code yyyy}, {@code M}, {@code MM}, {@code d}, {@code dd}, {@code H},
 * {@code HH}, {@code m}, {@code mm}, {@code s}, {@code ss}, {@code S...}) and literals, matched by hand. These are
 * the patterns legacy exports use, and matching them directly is several times faster than java.time's parser,
 * whose results it reproduces; {@link #compile} returns null for any other pattern, which java.time then reads.
 */
final class NumericDatePattern {

    private static final int LITERAL = 0;
    private static final int YEAR = 1;
    private static final int MONTH = 2;
    private static final int DAY = 3;
    private static final int HOUR = 4;
    private static final int MINUTE = 5;
    private static final int SECOND = 6;
    private static final int FRACTION = 7;

    /** Digits a variable-width field reads at most; more cannot be a valid month, day or time anyway. */
    private static final int VARIABLE_WIDTH = 9;

    private final int[] kinds;
    private final int[] minWidths;
    private final int[] maxWidths;
    private final String[] literals;
    private final boolean hasTime;

    private NumericDatePattern(List<Integer> kinds, List<Integer> minWidths, List<Integer> maxWidths,
                               List<String> literals) {
        this.kinds = kinds.stream().mapToInt(Integer::intValue).toArray();
        this.minWidths = minWidths.stream().mapToInt(Integer::intValue).toArray();
        this.maxWidths = maxWidths.stream().mapToInt(Integer::intValue).toArray();
        this.literals = literals.toArray(String[]::new);
        this.hasTime = kinds.contains(HOUR);
    }

    /** The pattern, or null when it has anything but numeric date and time fields and literals. */
    static NumericDatePattern compile(String pattern) {
        List<Integer> kinds = new ArrayList<>();
        List<Integer> minWidths = new ArrayList<>();
        List<Integer> maxWidths = new ArrayList<>();
        List<String> literals = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int length = pattern.length();
        for (int i = 0; i < length; ) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                int j = i + 1;
                if (j < length && pattern.charAt(j) == '\'') {
                    literal.append('\'');
                    i = j + 1;
                    continue;
                }
                for (; j < length; j++) {
                    if (pattern.charAt(j) == '\'') {
                        if (j + 1 < length && pattern.charAt(j + 1) == '\'') {
                            literal.append('\'');
                            j++;
                        } else {
                            break;
                        }
                    } else {
                        literal.append(pattern.charAt(j));
                    }
                }
                if (j >= length) {
                    return null;
                }
                i = j + 1;
            } else if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
                int count = 1;
                while (i + count < length && pattern.charAt(i + count) == c) {
                    count++;
                }
                int kind = kind(c);
                if (kind < 0 || (kind == YEAR ? count != 4 : count > (kind == FRACTION ? 9 : 2))) {
                    return null;
                }
                if (literal.length() > 0) {
                    add(kinds, minWidths, maxWidths, literals, LITERAL, 0, 0, literal.toString());
                    literal.setLength(0);
                } else if (!kinds.isEmpty() && kinds.get(kinds.size() - 1) != LITERAL
                        && !minWidths.get(minWidths.size() - 1).equals(maxWidths.get(maxWidths.size() - 1))) {
                    // a variable-width field right before another field: java.time reserves widths, leave it to it
                    return null;
                }
                // like java.time: M, d, H, m, s take as many digits as there are (up to a literal), MM etc. two
                int max = kind == YEAR || kind == FRACTION || count == 2 ? count : VARIABLE_WIDTH;
                add(kinds, minWidths, maxWidths, literals, kind, count, max, null);
                i += count;
            } else if (c == '[' || c == ']' || c == '{' || c == '}' || c == '#') {
                return null;
            } else {
                literal.append(c);
                i++;
            }
        }
        if (literal.length() > 0) {
            add(kinds, minWidths, maxWidths, literals, LITERAL, 0, 0, literal.toString());
        }
        if (!kinds.contains(YEAR) || !kinds.contains(MONTH) || !kinds.contains(DAY)
                || kinds.contains(MINUTE) && !kinds.contains(HOUR)) {
            return null;
        }
        return new NumericDatePattern(kinds, minWidths, maxWidths, literals);
    }

    private static int kind(char letter) {
        return switch (letter) {
            case 'y', 'u' -> YEAR;
            case 'M' -> MONTH;
            case 'd' -> DAY;
            case 'H' -> HOUR;
            case 'm' -> MINUTE;
            case 's' -> SECOND;
            case 'S' -> FRACTION;
            default -> -1;
        };
    }

    private static void add(List<Integer> kinds, List<Integer> minWidths, List<Integer> maxWidths,
                            List<String> literals, int kind, int min, int max, String literal) {
        kinds.add(kind);
        minWidths.add(min);
        maxWidths.add(max);
        literals.add(literal);
    }

    /** A {@code LocalDate}, a {@code LocalDateTime} when the pattern has a time, or null. */
    Object parse(String text) {
        int length = text.length();
        int position = 0;
        int year = 0;
        int month = 0;
        int day = 0;
        int hour = 0;
        int minute = 0;
        int second = 0;
        int nano = 0;
        for (int t = 0; t < kinds.length; t++) {
            if (kinds[t] == LITERAL) {
                if (!text.startsWith(literals[t], position)) {
                    return null;
                }
                position += literals[t].length();
                continue;
            }
            int value = 0;
            int digits = 0;
            while (digits < maxWidths[t] && position < length) {
                char c = text.charAt(position);
                if (c < '0' || c > '9') {
                    break;
                }
                value = value * 10 + (c - '0');
                digits++;
                position++;
            }
            if (digits < minWidths[t]) {
                return null;
            }
            switch (kinds[t]) {
                case YEAR -> year = value;
                case MONTH -> month = value;
                case DAY -> day = value;
                case HOUR -> hour = value;
                case MINUTE -> minute = value;
                case SECOND -> second = value;
                default -> nano = value * POWERS_OF_TEN[9 - digits];
            }
        }
        if (position != length || year < 1 || month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)) {
            return null;
        }
        LocalDate date = LocalDate.of(year, month, day);
        if (!hasTime) {
            return date;
        }
        if (hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        return LocalDateTime.of(date, LocalTime.of(hour, minute, second, nano));
    }

    private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000,
            100_000_000, 1_000_000_000};

    static int lengthOfMonth(int year, int month) {
        return switch (month) {
            case 2 -> year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }
}
