package io.luodi.migration.engine.source;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Parse throughput of a file source, by hand rather than as a test (timings do not belong in assertions):
 * {@code java ... SourceReadBenchmark [rows] [file]} writes a GBK patient file like the HIS sample, that many rows,
 * then reads it several times and prints rows per second.
 */
public final class SourceReadBenchmark {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private SourceReadBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path file = args.length > 1 ? Path.of(args[1]) : Files.createTempFile("patients-", ".csv");
        if (!Files.exists(file) || Files.size(file) == 0) {
            writePatients(file, rows);
        }
        System.out.printf("%s: %,d bytes%n", file, Files.size(file));
        for (int round = 1; round <= 5; round++) {
            long start = System.nanoTime();
            long cpuStart = CPU.getCurrentThreadCpuTime();
            long count = 0;
            long width = 0;
            try (SourceReader reader = SourceFiles.open(file, null)) {
                for (SourceRow row; (row = reader.next()) != null; ) {
                    count++;
                    width += row.values().size();
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (CPU.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            // On a shared machine the CPU time of the reading thread tells more than the wall clock.
            System.out.printf("round %d: %,d rows (%,d fields) in %.2f s = %,.0f rows/s; %.2f s CPU = %,.0f rows/CPU-s%n",
                    round, count, width, seconds, count / seconds, cpuSeconds, count / cpuSeconds);
        }
    }

    /** The sample's 500 rows over and over, with fresh patient numbers, in GBK with CRLF like the original. */
    static void writePatients(Path file, int rows) throws IOException {
        Charset gbk = Charset.forName("GBK");
        List<String> lines;
        try (InputStream in = SourceReadBenchmark.class.getResourceAsStream("/engine/his-patients-sample/patients.csv")) {
            lines = Arrays.asList(new String(in.readAllBytes(), gbk).split("\r\n"));
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write((lines.get(0) + "\r\n").getBytes(gbk));
            for (int i = 0; i < rows; i++) {
                String line = lines.get(1 + i % (lines.size() - 1));
                out.write(String.format("P%08d", i + 1).getBytes(gbk));
                out.write((line.substring(line.indexOf(',')) + "\r\n").getBytes(gbk));
            }
        }
    }
}
