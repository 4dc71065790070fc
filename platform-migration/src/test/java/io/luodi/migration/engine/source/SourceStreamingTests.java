package io.luodi.migration.engine.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.ref.WeakReference;
import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

/** Reading a long file holds no more than the record at hand: memory does not grow with the file. */
class SourceStreamingTests {

    private static final int ROWS = 2_000_000;

    @Test
    void keepsNoRecordItHasHandedOutOverAQuarterGigabyteOfText() throws IOException {
        byte[] block;
        try (InputStream sample = getClass().getResourceAsStream("/engine/his-patients-sample/patients.csv")) {
            block = sample.readAllBytes();
        }
        GeneratedFile file = new GeneratedFile(block, ROWS / 500);
        long usedAtStart = 0;
        WeakReference<SourceRow> early = null;
        long rows = 0;
        try (RecordSource records = new DelimitedTextRecords(file, 0, -1, Charset.forName("GB18030"), ',')) {
            for (SourceRow row; (row = records.nextRecord()) != null; ) {
                rows++;
                if (rows == 1_000) {
                    early = new WeakReference<>(row);
                } else if (rows == 100_000) {
                    usedAtStart = usedAfterCollection();
                }
            }
            assertThat(records.position()).isEqualTo(file.length()).isGreaterThan(240_000_000L);
        }

        assertThat(rows).as("each block repeats the header line").isEqualTo(ROWS + ROWS / 500);
        assertThat(usedAfterCollection() - usedAtStart).isLessThan(32L << 20);
        assertThat(early.get()).as("a record handed out long ago").isNull();
    }

    private static long usedAfterCollection() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** The same block of bytes over and over, without a file on disk. */
    private static final class GeneratedFile extends InputStream {

        private final byte[] block;
        private final long length;
        private long offset;

        GeneratedFile(byte[] block, int repeats) {
            this.block = block;
            this.length = (long) block.length * repeats;
        }

        long length() {
            return length;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (offset >= length) {
                return -1;
            }
            int at = (int) (offset % block.length);
            int n = (int) Math.min(Math.min(len, block.length - at), length - offset);
            System.arraycopy(block, at, b, off, n);
            offset += n;
            return n;
        }
    }
}
