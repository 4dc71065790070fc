package io.luodi.migration.engine.process;

import java.math.BigDecimal;

/**
 * Reads the numbers legacy exports hold: {@code 22,341.42}, {@code ￥1,200}, {@code -3.5}, full-width digits and
 * signs. Thousands separators must group by three, so {@code 12,3a} and {@code 1,23.4} are not numbers. No
 * exceptions on the way: a row with a bad number is common and must stay cheap.
 */
final class NumberParser {

    private NumberParser() {
    }

    /** The number, or null when the text is not one. */
    static BigDecimal parse(String text) {
        int length = text.length();
        int i = 0;
        while (i < length && TextCleaner.isBlank(text.charAt(i))) {
            i++;
        }
        while (length > i && TextCleaner.isBlank(text.charAt(length - 1))) {
            length--;
        }
        boolean negative = false;
        boolean signSeen = false;
        boolean currencySeen = false;
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (!signSeen && (c == '-' || c == '－' || c == '−' || c == '+' || c == '＋')) {
                signSeen = true;
                negative = c != '+' && c != '＋';
            } else if (!currencySeen && (c == '¥' || c == '￥')) {
                currencySeen = true;
            } else {
                break;
            }
        }
        char[] digits = new char[length - i + 1];
        int n = 0;
        if (negative) {
            digits[n++] = '-';
        }
        int integerDigits = 0;
        int groupDigits = 0;
        boolean grouped = false;
        boolean point = false;
        int fractionDigits = 0;
        for (; i < length; i++) {
            char c = TextCleaner.halfWidth(text.charAt(i));
            if (c >= '0' && c <= '9') {
                digits[n++] = c;
                if (point) {
                    fractionDigits++;
                } else {
                    integerDigits++;
                    groupDigits++;
                }
            } else if (c == ',' && !point) {
                // the first group has 1 to 3 digits, every later one exactly 3
                if (grouped ? groupDigits != 3 : groupDigits < 1 || groupDigits > 3) {
                    return null;
                }
                grouped = true;
                groupDigits = 0;
            } else if (c == '.' && !point) {
                if (grouped && groupDigits != 3) {
                    return null;
                }
                point = true;
                digits[n++] = '.';
            } else {
                return null;
            }
        }
        if (integerDigits + fractionDigits == 0 || !point && grouped && groupDigits != 3) {
            return null;
        }
        return new BigDecimal(digits, 0, n);
    }
}
