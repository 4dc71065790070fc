package io.luodi.migration.engine.process;

import java.time.LocalDate;

/**
 * Chinese resident ID-card numbers (GB 11643-1999): 6 digits of region, 8 of birth date, 3 of sequence and a check
 * character, the ISO 7064 MOD 11-2 sum of the first 17 digits, where 10 is written X.
 */
final class IdCardNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK_CHARACTERS = "10X98765432".toCharArray();
    private static final int EARLIEST_BIRTH_YEAR = 1850;

    private IdCardNumbers() {
    }

    /** The check character the first 17 digits call for. */
    static char checkCharacter(CharSequence first17Digits) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17Digits.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS[sum % 11];
    }

    /** Null when valid; else {@code bad_id_card} (shape or birth date) or {@code bad_checksum}. */
    static Failure check(String number, LocalDate today) {
        if (number.length() != 18) {
            return Failure.BAD_ID_CARD;
        }
        for (int i = 0; i < 17; i++) {
            char c = number.charAt(i);
            if (c < '0' || c > '9') {
                return Failure.BAD_ID_CARD;
            }
        }
        char last = number.charAt(17);
        if (!(last >= '0' && last <= '9' || last == 'X' || last == 'x')) {
            return Failure.BAD_ID_CARD;
        }
        if (number.charAt(0) == '0' || !plausibleBirthDate(number, today)) {
            return Failure.BAD_ID_CARD;
        }
        return Character.toUpperCase(last) == checkCharacter(number) ? null : Failure.BAD_CHECKSUM;
    }

    private static boolean plausibleBirthDate(String number, LocalDate today) {
        int year = digits(number, 6, 10);
        int month = digits(number, 10, 12);
        int day = digits(number, 12, 14);
        if (year < EARLIEST_BIRTH_YEAR || month < 1 || month > 12 || day < 1
                || day > NumericDatePattern.lengthOfMonth(year, month)) {
            return false;
        }
        int birth = year * 10_000 + month * 100 + day;
        return birth <= today.getYear() * 10_000 + today.getMonthValue() * 100 + today.getDayOfMonth();
    }

    private static int digits(String number, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (number.charAt(i) - '0');
        }
        return value;
    }
}
