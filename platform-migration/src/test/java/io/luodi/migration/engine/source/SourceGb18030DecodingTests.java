package io.luodi.migration.engine.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The table-driven GB18030 decoder agrees with the JDK's, however the bytes arrive. */
class SourceGb18030DecodingTests {

    private static final Charset GB18030 = Charset.forName("GB18030");

    @Test
    void decodesEveryTwoByteCharacterAsTheJdkDoes() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int lead = 0x81; lead <= 0xFE; lead++) {
            for (int trail = 0x40; trail <= 0xFE; trail++) {
                if (trail != 0x7F) {
                    bytes.write(lead);
                    bytes.write(trail);
                    bytes.write(',');
                }
            }
        }
        byte[] all = bytes.toByteArray();

        assertThat(decode(all, Integer.MAX_VALUE, 8192)).isEqualTo(new String(all, GB18030));
        assertThat(decode(all, 3, 7)).isEqualTo(new String(all, GB18030));
    }

    @Test
    void decodesFourByteCharactersOfBothPlanesAcrossReadBoundaries() throws IOException {
        String text = "王𠀀,€,\u0080,𪚥,abc𠀀\r\n".repeat(200) + "𠀀";
        byte[] bytes = text.getBytes(GB18030);

        for (int chunk : new int[] {1, 2, 3, 5, 4096}) {
            for (int chars : new int[] {1, 2, 3, 1000}) {
                assertThat(decode(bytes, chunk, chars)).as("%d bytes, %d chars at a time", chunk, chars).isEqualTo(text);
            }
        }
    }

    @Test
    void turnsInvalidBytesIntoReplacementCharactersWithoutLosingWhatFollows() throws IOException {
        byte[] bytes = {'a', (byte) 0x80, 'b', (byte) 0xFF, 'c', (byte) 0x81, 0x7F, 'd', (byte) 0x81, 0x30, 'e',
                (byte) 0xB0};

        assertThat(decode(bytes, Integer.MAX_VALUE, 100)).isEqualTo("a\uFFFDb\uFFFDc\uFFFD\u007Fd\uFFFD0e\uFFFD");
    }

    @Test
    void neverFailsOnRandomBytes() throws IOException {
        Random random = new Random(18030);
        byte[] bytes = new byte[200_000];
        random.nextBytes(bytes);

        String decoded = decode(bytes, 777, 1000);

        // How many U+FFFD a run of garbage gives is a matter of taste; the JDK's taste differs here and there.
        assertThat(decoded.length()).isBetween(bytes.length / 4, bytes.length);
        assertThat(decoded).contains("\uFFFD");
    }

    private static String decode(byte[] bytes, int bytesPerRead, int charsPerRead) throws IOException {
        StringBuilder text = new StringBuilder();
        try (Reader reader = new Gb18030Reader(new Trickle(new ByteArrayInputStream(bytes), bytesPerRead))) {
            char[] chars = new char[charsPerRead];
            for (int n; (n = reader.read(chars, 0, chars.length)) >= 0; ) {
                text.append(chars, 0, n);
            }
        }
        return text.toString();
    }

    /** Hands out at most a few bytes per read, as a slow stream may. */
    private static final class Trickle extends FilterInputStream {

        private final int most;

        Trickle(InputStream in, int most) {
            super(in);
            this.most = most;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return super.read(b, off, Math.min(len, most));
        }
    }
}
