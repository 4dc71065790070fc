package io.luodi.migration.engine.process;

import java.util.regex.Pattern;

/**
 * Mainland China phone numbers: mobiles (11 digits, 1[3-9]…, optionally +86), landlines with an area code
 * (0 + 2–3 digits + 7–8 digits), local landlines (7–8 digits) and 400/800 service numbers. Blanks, dashes and
 * parentheses between the digits are allowed, as people write them.
 */
final class PhoneNumbers {

    private static final Pattern VALID = Pattern.compile(
            "(?:(?:\\+|00)?86)?1[3-9]\\d{9}|0\\d{2,3}\\d{7,8}|[2-9]\\d{6,7}|[48]00\\d{7}");

    private PhoneNumbers() {
    }

    static boolean isValid(String number) {
        StringBuilder digits = new StringBuilder(number.length());
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c >= '0' && c <= '9' || c == '+' && digits.length() == 0) {
                digits.append(c);
            } else if (c != ' ' && c != '-' && c != '(' && c != ')') {
                return false;
            }
        }
        return VALID.matcher(digits).matches();
    }
}
