package io.luodi.migration.engine.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes GB18030 (and so GBK and GB2312) about twice as fast as the JDK's decoder, which takes half the time of
 * reading a legacy Chinese file: ASCII is copied, two-byte characters come from a table the JDK's own decoder
 * fills once, and only the rare four-byte characters go through the JDK. Invalid bytes become U+FFFD.
 */
final class Gb18030Reader extends Reader {

    static final Charset GB18030 = Charset.forName("GB18030");
    private static final int TRAILS = 0xFF - 0x40;
    private static final char[] TWO_BYTE = twoByteTable();
    private static final char REPLACEMENT = '\uFFFD';

    private final InputStream in;
    private final byte[] bytes = new byte[1 << 16];
    private int start;
    private int end;
    private boolean eof;
    /** The low surrogate of a four-byte character whose high half ended the previous read. */
    private char pendingLow;

    Gb18030Reader(InputStream in) {
        this.in = in;
    }

    private static char[] twoByteTable() {
        CharsetDecoder decoder = GB18030.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        char[] table = new char[(0xFF - 0x81) * TRAILS];
        byte[] pair = new byte[2];
        CharBuffer out = CharBuffer.allocate(4);
        for (int lead = 0x81; lead <= 0xFE; lead++) {
            for (int trail = 0x40; trail <= 0xFE; trail++) {
                pair[0] = (byte) lead;
                pair[1] = (byte) trail;
                out.clear();
                decoder.reset().decode(ByteBuffer.wrap(pair), out, true);
                decoder.flush(out);
                out.flip();
                table[(lead - 0x81) * TRAILS + trail - 0x40] = out.remaining() == 1 ? out.get() : REPLACEMENT;
            }
        }
        return table;
    }

    @Override
    public int read(char[] chars, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        int o = offset;
        int limit = offset + length;
        if (pendingLow != 0) {
            chars[o++] = pendingLow;
            pendingLow = 0;
        }
        while (o == offset) {
            if (end - start < 4 && !eof) {
                fill();
            }
            if (start >= end && eof) {
                return -1;
            }
            o = decode(chars, o, limit);
        }
        return o - offset;
    }

    /** Decodes whole characters from the bytes at hand into {@code chars}; returns the next free index. */
    private int decode(char[] chars, int o, int limit) {
        final byte[] b = bytes;
        final int available = end;
        // Short of the end only a character's first byte is looked at without its followers being read.
        final int safe = eof ? available : available - 3;
        int p = start;
        while (o < limit && p < safe) {
            int lead = b[p] & 0xFF;
            if (lead < 0x80) {
                chars[o++] = (char) lead;
                p++;
                continue;
            }
            if (lead == 0x80 || lead == 0xFF || p + 1 >= available) {
                chars[o++] = REPLACEMENT;
                p++;
                continue;
            }
            int second = b[p + 1] & 0xFF;
            if (second >= 0x40 && second != 0x7F && second != 0xFF) {
                chars[o++] = TWO_BYTE[(lead - 0x81) * TRAILS + second - 0x40];
                p += 2;
                continue;
            }
            if (second >= 0x30 && second <= 0x39 && p + 3 < available && isFourByteTail(b[p + 2], b[p + 3])) {
                String character = new String(b, p, 4, GB18030);
                if (character.length() == 1) {
                    chars[o++] = character.charAt(0);
                    p += 4;
                    continue;
                }
                if (character.length() == 2 && Character.isSurrogatePair(character.charAt(0), character.charAt(1))) {
                    chars[o++] = character.charAt(0);
                    if (o < limit) {
                        chars[o++] = character.charAt(1);
                    } else {
                        pendingLow = character.charAt(1);
                    }
                    p += 4;
                    continue;
                }
            }
            chars[o++] = REPLACEMENT;
            p++;
        }
        start = p;
        return o;
    }

    private static boolean isFourByteTail(byte third, byte fourth) {
        int t = third & 0xFF;
        int f = fourth & 0xFF;
        return t >= 0x81 && t <= 0xFE && f >= 0x30 && f <= 0x39;
    }

    private void fill() throws IOException {
        if (start > 0) {
            System.arraycopy(bytes, start, bytes, 0, end - start);
            end -= start;
            start = 0;
        }
        while (end < 4 && !eof) {
            int n = in.read(bytes, end, bytes.length - end);
            if (n < 0) {
                eof = true;
            } else {
                end += n;
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
