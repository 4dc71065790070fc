package io.luodi.migration.engine.process;

/**
 * Mainland China phone numbers: mobiles (11 digits, 1[3-9]…, optionally +86, 86 or 0086 before), landlines with an
 * area code (0 + 2–3 digits + 7–8 digits), local landlines (7–8 digits, not starting 0 or 1) and 400/800 service
 * numbers. Blanks, dashes and parentheses between the digits are allowed, as people write them. Checked by hand:
 * a phone column is in most files, and a regular expression per row is measurably slower.
 */
final class PhoneNumbers {

    private static final int MOST_DIGITS = 15;

    private PhoneNumbers() {
    }

    static boolean isValid(String number) {
        char[] digits = new char[MOST_DIGITS];
        int count = 0;
        boolean plus = false;
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c >= '0' && c <= '9') {
                if (count == MOST_DIGITS) {
                    return false;
                }
                digits[count++] = c;
            } else if (c == '+' && count == 0 && !plus) {
                plus = true;
            } else if (c != ' ' && c != '-' && c != '(' && c != ')') {
                return false;
            }
        }
        if (plus) {
            return count == 13 && digits[0] == '8' && digits[1] == '6' && isMobile(digits, 2);
        }
        return switch (count) {
            case 7, 8 -> digits[0] >= '2';
            case 10 -> digits[0] == '0' || isService(digits);
            case 11 -> isMobile(digits, 0) || digits[0] == '0';
            case 12 -> digits[0] == '0';
            case 13 -> digits[0] == '8' && digits[1] == '6' && isMobile(digits, 2);
            case 15 -> digits[0] == '0' && digits[1] == '0' && digits[2] == '8' && digits[3] == '6'
                    && isMobile(digits, 4);
            default -> false;
        };
    }

    private static boolean isMobile(char[] digits, int start) {
        return digits[start] == '1' && digits[start + 1] >= '3';
    }

    private static boolean isService(char[] digits) {
        return (digits[0] == '4' || digits[0] == '8') && digits[1] == '0' && digits[2] == '0';
    }
}
