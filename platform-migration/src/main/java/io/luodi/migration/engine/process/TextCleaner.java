package io.luodi.migration.engine.process;

import io.luodi.migration.engine.plan.Cleaning;

/**
 * The dataset's cleaning of one source value, in one pass: strip control and illegal characters, turn full-width
 * forms into half-width, trim and collapse blanks. A value that needs none of it is returned as is, without copying.
 */
final class TextCleaner {

    private final boolean trim;
    private final boolean stripControl;
    private final boolean fullWidthToHalf;

    TextCleaner(Cleaning cleaning) {
        this.trim = cleaning.trim();
        this.stripControl = cleaning.stripControl();
        this.fullWidthToHalf = cleaning.fullWidthToHalf();
    }

    String clean(String value) {
        if (value == null || !(trim || stripControl || fullWidthToHalf) || untouched(value)) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        boolean pendingBlank = false;
        int length = value.length();
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (stripControl) {
                if (Character.isSurrogate(c)) {
                    boolean paired = Character.isHighSurrogate(c) && i + 1 < length
                            && Character.isLowSurrogate(value.charAt(i + 1));
                    if (!paired) {
                        continue;
                    }
                    out.append(c).append(value.charAt(++i));
                    pendingBlank = false;
                    continue;
                }
                if (isLineBreakOrTab(c)) {
                    // a tab or line break separates words: it becomes a blank rather than gluing them together
                    c = ' ';
                } else if (isIllegal(c)) {
                    continue;
                }
            }
            if (fullWidthToHalf) {
                c = halfWidth(c);
            }
            if (trim && isBlank(c)) {
                pendingBlank = true;
                continue;
            }
            if (pendingBlank && out.length() > 0) {
                out.append(' ');
            }
            pendingBlank = false;
            out.append(c);
        }
        return out.toString();
    }

    /** The common case: nothing to strip, nothing full-width, no blank at either end and no run of blanks. */
    private boolean untouched(String value) {
        int length = value.length();
        if (length == 0) {
            return true;
        }
        boolean previousBlank = true;
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c >= 0xD800 && c <= 0xDFFF || c >= 0xFFFE
                    || c >= 0xFF01 && c <= 0xFF5E || c == 0x3000) {
                return false;
            }
            boolean blank = trim && isBlank(c);
            if (blank && (previousBlank || c != ' ')) {
                return false;
            }
            previousBlank = blank;
        }
        return !previousBlank || !trim;
    }

    private static boolean isLineBreakOrTab(char c) {
        return c == '\t' || c == '\n' || c == '\r';
    }

    /** Control characters, C1 controls and non-characters; NUL among them, which PostgreSQL cannot store. */
    private static boolean isIllegal(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0xFFFE || c == 0xFFFF;
    }

    static boolean isBlank(char c) {
        return c == ' ' || c == '\u3000' || c == '\u00A0' || Character.isWhitespace(c);
    }

    /** Full-width ASCII forms (U+FF01–U+FF5E) and the ideographic space. */
    static char halfWidth(char c) {
        if (c >= 0xFF01 && c <= 0xFF5E) {
            return (char) (c - 0xFEE0);
        }
        return c == '\u3000' ? ' ' : c;
    }
}
