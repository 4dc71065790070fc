package io.luodi.migration.engine.source;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * A spreadsheet cell's value as the text a migration wants: dates in ISO form, numbers as plain decimals the way
 * Excel shows them (15 significant digits, no exponent, no grouping, no trailing zeros).
 */
final class XlsxCellText {

    /** Excel keeps 15 significant digits; beyond them a stored double is binary noise (0.30000000000000004). */
    private static final MathContext EXCEL_PRECISION = new MathContext(15);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private XlsxCellText() {
    }

    static String number(String stored) {
        try {
            BigDecimal value = new BigDecimal(stored.strip()).round(EXCEL_PRECISION).stripTrailingZeros();
            return value.signum() == 0 ? "0" : value.toPlainString();
        } catch (NumberFormatException e) {
            return stored;
        }
    }

    /** A serial date number as {@code yyyy-MM-dd}, with {@code HH:mm:ss} when it has a time of day. */
    static String date(String stored, boolean date1904) {
        double serial;
        try {
            serial = Double.parseDouble(stored.strip());
        } catch (NumberFormatException e) {
            return stored;
        }
        if (!DateUtil.isValidExcelDate(serial)) {
            return number(stored);
        }
        LocalDateTime value = DateUtil.getLocalDateTime(serial, date1904, true);
        if (serial < 1 && !date1904) {
            return TIME.format(value);
        }
        boolean midnight = value.toLocalTime().toSecondOfDay() == 0;
        return (midnight ? DATE : DATE_TIME).format(value);
    }

    /**
     * Excel writes characters XML cannot hold (a carriage return in a cell) as {@code _x000D_}; POI undoes this
     * for shared strings, this does it for inline ones.
     */
    static String unescapeOoxml(String text) {
        int at = text.indexOf("_x");
        if (at < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        for (; at >= 0; at = text.indexOf("_x", at + 1)) {
            if (at < from || at + 7 > text.length() || text.charAt(at + 6) != '_' || !isHex(text, at + 2, at + 6)) {
                continue;
            }
            out.append(text, from, at).append((char) Integer.parseInt(text.substring(at + 2, at + 6), 16));
            from = at + 7;
        }
        return out.append(text, from, text.length()).toString();
    }

    private static boolean isHex(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Cells of type {@code d} hold ISO 8601 already; only the {@code T} and a zero time go. */
    static String isoDate(String stored) {
        String value = stored.strip().replace('T', ' ');
        if (value.endsWith(" 00:00:00")) {
            return value.substring(0, value.length() - 9);
        }
        return value;
    }
}
