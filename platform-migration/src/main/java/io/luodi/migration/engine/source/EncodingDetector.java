package io.luodi.migration.engine.source;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Arrays;

/**
 * Tells the encoding of a text file from its first bytes: a BOM wins; bytes that are (almost all) valid UTF-8 are
 * UTF-8; anything else is taken as GB18030, named GBK when the sample holds only GBK's two-byte characters.
 */
final class EncodingDetector {

    /** A damaged byte here and there does not make a UTF-8 file Chinese-legacy: this many good sequences per bad. */
    private static final int UTF8_GOOD_PER_BAD = 20;

    private EncodingDetector() {
    }

    /**
     * @param sample the first bytes of the file
     * @param cut whether the file goes on after the sample, so that a sequence cut at the end is not an error
     */
    static TextEncoding detect(byte[] sample, int length, boolean cut) {
        return byBom(sample).orElseGet(() -> detectWithoutBom(sample, 0, length, cut));
    }

    /** The encoding a byte-order mark states; it says more than any name a plan gives, so it always wins. */
    static Optional<TextEncoding> byBom(byte[] sample) {
        if (TextEncoding.startsWith(sample, 0xEF, 0xBB, 0xBF)) {
            return Optional.of(new TextEncoding(TextEncoding.UTF_8, StandardCharsets.UTF_8, 3));
        }
        if (TextEncoding.startsWith(sample, 0xFF, 0xFE)) {
            return Optional.of(new TextEncoding("UTF-16LE", StandardCharsets.UTF_16LE, 2));
        }
        if (TextEncoding.startsWith(sample, 0xFE, 0xFF)) {
            return Optional.of(new TextEncoding("UTF-16BE", StandardCharsets.UTF_16BE, 2));
        }
        return Optional.empty();
    }

    /** Tells UTF-8 from GB18030 by the bytes in {@code [from, length)}, a window that may lie anywhere in the file. */
    static TextEncoding detectWithoutBom(byte[] sample, int from, int length, boolean cut) {
        if (from > 0) {
            sample = Arrays.copyOfRange(sample, from, length);
            length -= from;
        }
        if (looksLikeUtf8(sample, length, cut)) {
            return new TextEncoding(TextEncoding.UTF_8, StandardCharsets.UTF_8, 0);
        }
        String name = hasGb18030FourByteSequence(sample, length) ? TextEncoding.GB18030 : TextEncoding.GBK;
        return new TextEncoding(name, Charset.forName(TextEncoding.GB18030), 0);
    }

    static boolean isAscii(byte[] sample, int length) {
        for (int i = 0; i < length; i++) {
            if (sample[i] < 0) {
                return false;
            }
        }
        return true;
    }

    static boolean looksLikeUtf8(byte[] s, int n, boolean cut) {
        int good = 0;
        int bad = 0;
        int i = 0;
        while (i < n) {
            int b = s[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int length = utf8SequenceLength(b);
            if (length == 0) {
                bad++;
                i++;
                continue;
            }
            int valid = validContinuations(s, i, n, b, length);
            if (valid == length - 1) {
                good++;
                i += length;
            } else if (i + 1 + valid == n && cut) {
                break; // the sample ends inside a character the file completes
            } else {
                bad++;
                i++;
            }
        }
        return bad == 0 || good >= UTF8_GOOD_PER_BAD * bad;
    }

    private static int utf8SequenceLength(int lead) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            return 2;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            return 3;
        }
        if (lead >= 0xF0 && lead <= 0xF4) {
            return 4;
        }
        return 0;
    }

    /** How many of the bytes after the lead are valid continuations, stopping at the first invalid one. */
    private static int validContinuations(byte[] s, int at, int n, int lead, int length) {
        int valid = 0;
        for (int k = 1; k < length && at + k < n; k++) {
            int c = s[at + k] & 0xFF;
            int low = 0x80;
            int high = 0xBF;
            if (k == 1) {
                // No overlong forms, no surrogates, nothing above U+10FFFF.
                if (lead == 0xE0) {
                    low = 0xA0;
                } else if (lead == 0xED) {
                    high = 0x9F;
                } else if (lead == 0xF0) {
                    low = 0x90;
                } else if (lead == 0xF4) {
                    high = 0x8F;
                }
            }
            if (c < low || c > high) {
                break;
            }
            valid++;
        }
        return valid;
    }

    static boolean hasGb18030FourByteSequence(byte[] s, int n) {
        int i = 0;
        while (i < n) {
            int b = s[i] & 0xFF;
            if (b < 0x81 || b == 0xFF || i + 1 >= n) {
                i++;
                continue;
            }
            int second = s[i + 1] & 0xFF;
            if (second >= 0x30 && second <= 0x39) {
                if (i + 3 < n && isFourByteTail(s[i + 2] & 0xFF, s[i + 3] & 0xFF)) {
                    return true;
                }
                i++;
            } else {
                i += 2;
            }
        }
        return false;
    }

    private static boolean isFourByteTail(int third, int fourth) {
        return third >= 0x81 && third <= 0xFE && fourth >= 0x30 && fourth <= 0x39;
    }
}
