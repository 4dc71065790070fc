package io.luodi.migration.engine.load;

import io.luodi.migration.engine.plan.Cleaning;
import io.luodi.migration.engine.plan.DatasetPlan;
import io.luodi.migration.engine.plan.RunMode;
import io.luodi.migration.engine.process.RowOutcome;
import io.luodi.testsupport.TestPostgres;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static io.luodi.migration.engine.load.LoadFixture.execute;

/**
 * Not a test: measures ways of loading 1M patient rows shaped like the sample against {@code psql \copy} of the
 * same rows into the same table, and prints the figures. Run with {@code -Pbenchmark -Dtest=LoadBenchmark}
 * ({@code -Dluodi.benchmark.rows=N} for another size).
 * <p>
 * Figures on 2026-12-07, 1M rows, a 2-core machine shared with other builds (load average 5-14, so wall times
 * varied by a factor of two between rounds; CPU times were steady to a few per cent):
 * <ul>
 *   <li>CPU: COPY of the clean CSV into the table with its primary key 2.69 s of backend CPU. Loader FULL: 1.72 s
 *       backend during the COPY into staging (Java formatting 0.7 s alongside) + 2.24 s after it (INSERT..SELECT,
 *       reconciliation, commit): about 3.96 s, 68% of the COPY's throughput. INCREMENTAL of the same rows over a
 *       full table, nothing changed: about 5.5-6.0 s, 44-49%.</li>
 *   <li>Wall, best of rounds: psql \copy 4.6 s; loader FULL 7.8 s; staging phases with TRUNCATE 10.3 s against
 *       13.7 s with DELETE (the write alone 3.1-5.8 s against 10.2-13.9 s); more temp_buffers about 10% faster;
 *       COPY straight into the truncated target 5.9-7.2 s (with FREEZE no better).</li>
 * </ul>
 * After FULL took the fast path ({@link DirectLoad}: TRUNCATE and COPY straight into the target, duplicates
 * diverted, source totals added up in Java), same machine and day, load average 3-5, CPU method, 5 rounds over two
 * runs: COPY-phase backend 2.53-2.77 s (it now maintains the primary key while Java streams), Java 0.92-1.27 s
 * (0.66-0.76 s before: the key checksum's MD5, the set-aside keys and the filter), after-COPY backend 0.38-0.49 s
 * (2.16-2.37 s before: the reconciliation's scan of the target and the commit) => about 2.9-3.2 s against the CSV's
 * COPY 2.59-2.78 s: 80-90%, where the staging path measured in the same runs gave 4.08-4.12 s, 63-65%. Wall, one
 * run of two rounds: psql \copy 2.64 / 3.12 s, loader FULL fast path 3.35 / 5.13 s, staging path 4.75 / 4.86 s (the
 * second round was disturbed by other builds; wall times still vary by a factor of two).
 */
@Tag("benchmark")
class LoadBenchmark {

    private static final String TABLE = "bench.patients";
    private static final String COLUMNS = "patient_id, name, gender, birth_date, id_card, phone, address,"
            + " insurance, balance, created_at, remarks";

    private final int size = Integer.getInteger("luodi.benchmark.rows", 1_000_000);

    @Test
    void compare() throws Exception {
        List<RowOutcome.Accepted> rows = generate(size);
        Path file = Files.createTempFile("patients", ".csv");
        writeCsv(rows, file);
        try (Connection connection = LoadFixture.connect()) {
            execute(connection, "DROP SCHEMA IF EXISTS bench CASCADE", "CREATE SCHEMA bench",
                    "CREATE TABLE " + TABLE + " (patient_id varchar(20) PRIMARY KEY, name varchar(50) NOT NULL,"
                            + " gender char(1), birth_date date, id_card varchar(18), phone varchar(20),"
                            + " address varchar(200), insurance varchar(2), balance numeric(12,2),"
                            + " created_at timestamp, remarks text)");
            int rounds = Integer.getInteger("luodi.benchmark.rounds", 2);
            for (int round = 1; round <= rounds; round++) {
                System.out.println("---- round " + round + ", " + size + " rows");
                execute(connection, "TRUNCATE " + TABLE, "CHECKPOINT");
                report("psql \\copy into the empty table", psqlCopy(file));
                execute(connection, "CHECKPOINT");
                report("loader FULL (fast path: TRUNCATE, COPY into the target)",
                        time(() -> loader(connection, rows, RunMode.FULL)));
                execute(connection, "CHECKPOINT");
                report("loader FULL, staging path (staging, TRUNCATE, INSERT..SELECT)",
                        time(() -> loader(connection, rows, RunMode.FULL, new DirectLoad.Options(false,
                                DuplicateKeySieve.BITS_LOG2, SpillBuffer.MEMORY_LIMIT))));
                execute(connection, "CHECKPOINT");
                report("phases", time(() -> phases(connection, rows, false)));
                execute(connection, "CHECKPOINT");
                try (Connection fresh = LoadFixture.connect()) {
                    // Only possible before the session's first temporary table.
                    execute(fresh, "SET temp_buffers = '256MB'");
                    report("phases, temp_buffers 256MB", time(() -> phases(fresh, rows, false)));
                }
                execute(connection, "CHECKPOINT");
                report("phases with DELETE", time(() -> phases(connection, rows, true)));
                execute(connection, "CHECKPOINT");
                report("direct COPY FREEZE after TRUNCATE", time(() -> direct(connection, rows, true)));
                execute(connection, "CHECKPOINT");
                report("direct COPY after TRUNCATE", time(() -> direct(connection, rows, false)));
                execute(connection, "CHECKPOINT");
                report("loader INCREMENTAL, nothing changed",
                        time(() -> loader(connection, rows, RunMode.INCREMENTAL)));
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * The same comparison in CPU time, which other processes on a shared machine disturb far less than wall time:
     * the server backend's CPU (from /proc) for psql's work, streamed the way {@code \copy} streams the file, and
     * for the loader's COPY phase and its SQL phases after it, plus the Java thread's CPU while streaming. On an idle
     * two-core machine the loader takes about max(Java, backend during COPY) + backend after COPY.
     */
    @Test
    void cpu() throws Exception {
        List<RowOutcome.Accepted> rows = generate(size);
        Path file = Files.createTempFile("patients", ".csv");
        writeCsv(rows, file);
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        try (Connection setup = LoadFixture.connect()) {
            execute(setup, "DROP SCHEMA IF EXISTS bench CASCADE", "CREATE SCHEMA bench",
                    "CREATE TABLE " + TABLE + " (patient_id varchar(20) PRIMARY KEY, name varchar(50) NOT NULL,"
                            + " gender char(1), birth_date date, id_card varchar(18), phone varchar(20),"
                            + " address varchar(200), insurance varchar(2), balance numeric(12,2),"
                            + " created_at timestamp, remarks text)");
            for (int round = 1; round <= Integer.getInteger("luodi.benchmark.rounds", 2); round++) {
                execute(setup, "TRUNCATE " + TABLE, "CHECKPOINT");
                double copyCpu;
                try (Connection psql = LoadFixture.connect();
                     java.io.InputStream in = Files.newInputStream(file)) {
                    String pid = backendPid(psql);
                    double before = backendCpu(pid);
                    psql.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + TABLE + " (" + COLUMNS
                            + ") FROM STDIN WITH (FORMAT csv, HEADER)", in, 65536);
                    copyCpu = backendCpu(pid) - before;
                }
                execute(setup, "CHECKPOINT");
                for (String variant : List.of("FULL", "FULL staging path", "INCREMENTAL")) {
                    RunMode mode = RunMode.valueOf(variant.split(" ")[0]);
                    DirectLoad.Options options = variant.contains("staging")
                            ? new DirectLoad.Options(false, DuplicateKeySieve.BITS_LOG2, SpillBuffer.MEMORY_LIMIT)
                            : DirectLoad.DEFAULTS;
                    try (Connection connection = LoadFixture.connect()) {
                        TargetTable table = TargetTables.describe(connection, TABLE);
                        String pid = backendPid(connection);
                        double start = backendCpu(pid);
                        long javaStart = threads.getCurrentThreadCpuTime();
                        CopyLoader loader = CopyLoader.open(connection, table, plan(), mode, r -> { }, options);
                        for (RowOutcome.Accepted row : rows) {
                            loader.accept(row);
                        }
                        double javaCpu = (threads.getCurrentThreadCpuTime() - javaStart) / 1e9;
                        double streamed = backendCpu(pid); // read from /proc: the connection is busy with COPY
                        LoadResult result = loader.finish();
                        double finished = backendCpu(pid);
                        if (!result.reconciliation().passed()) {
                            throw new IllegalStateException("not reconciled");
                        }
                        // The COPY phase ends inside finish(); count it with the phases after, to be safe.
                        double estimate = Math.max(javaCpu, streamed - start) + (finished - streamed);
                        System.out.printf("round %d %s: COPY-phase backend %.2f s, Java %.2f s, after-COPY backend"
                                        + " %.2f s => loader ~%.2f s CPU-bound vs copy of the CSV %.2f s: ratio %.0f%%%n",
                                round, variant, streamed - start, javaCpu, finished - streamed, estimate, copyCpu,
                                copyCpu * 100 / estimate);
                    }
                    execute(setup, "CHECKPOINT");
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static String backendPid(Connection connection) throws SQLException {
        return LoadFixture.rows(connection, "SELECT pg_backend_pid()").get(0).get(0);
    }

    /** CPU seconds the connection's server process has used, from /proc (the test server runs on this host). */
    private static double backendCpu(String pid) throws Exception {
        String stat = Files.readString(Path.of("/proc", pid, "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0; // utime + stime, in 1/100 s
    }

    private void report(String what, long millis) {
        System.out.printf("%-62s %6d ms %8.0f rows/s%n", what, millis, size * 1000.0 / millis);
    }

    private interface Step {
        void run() throws Exception;
    }

    private static long time(Step step) throws Exception {
        long start = System.nanoTime();
        step.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static DatasetPlan plan() {
        return LoadFixture.plan(TABLE, List.of("patient_id"), Cleaning.Dedupe.KEEP_FIRST, List.of("balance"), null,
                COLUMNS.split(", "));
    }

    private static void loader(Connection connection, List<RowOutcome.Accepted> rows, RunMode mode)
            throws SQLException {
        loader(connection, rows, mode, DirectLoad.DEFAULTS);
    }

    private static void loader(Connection connection, List<RowOutcome.Accepted> rows, RunMode mode,
                               DirectLoad.Options options) throws SQLException {
        LoadResult result;
        TargetTable table = TargetTables.describe(connection, TABLE);
        try (CopyLoader loader = CopyLoader.open(connection, table, plan(), mode, r -> { }, options)) {
            rows.forEach(loader::accept);
            result = loader.finish();
        }
        if (!result.reconciliation().passed()) {
            throw new IllegalStateException("not reconciled: " + result.reconciliation());
        }
    }

    /** The loader's steps one by one, each timed. */
    private static void phases(Connection connection, List<RowOutcome.Accepted> rows, boolean delete)
            throws Exception {
        TargetTable table = TargetTables.describe(connection, TABLE);
        LoadLayout layout = LoadLayout.of(connection, table, plan());
        connection.setAutoCommit(false);
        execute(connection, "SET LOCAL work_mem = '256MB'");
        StagingTable staging = StagingTable.create(connection, layout);
        CopyIn copy = staging.startCopy();
        CopyTextWriter writer = new CopyTextWriter(copy);
        DuplicateKeySieve sieve = DuplicateKeySieve.of(layout);
        long start = System.nanoTime();
        for (RowOutcome.Accepted row : rows) {
            writer.row(row.values(), row.line());
            sieve.offer(row.values());
        }
        writer.finish();
        long copied = System.nanoTime();
        long analyzed = System.nanoTime();
        staging.removeDuplicates(layout.dedupe(), sieve);
        long deduped = System.nanoTime();
        if (delete) {
            execute(connection, "DELETE FROM " + TABLE, "INSERT INTO " + TABLE + " (" + COLUMNS + ") SELECT "
                    + COLUMNS + " FROM " + staging.name());
        } else {
            new TargetWriter(connection, layout, staging).replace();
        }
        long written = System.nanoTime();
        new Reconciler(connection, layout, staging).reconcile(true);
        long reconciled = System.nanoTime();
        connection.commit();
        long committed = System.nanoTime();
        connection.setAutoCommit(true);
        System.out.printf("  copy to staging %d ms, analyze %d ms, dedupe %d ms, write %d ms, reconcile %d ms,"
                        + " commit %d ms%n", (copied - start) / 1_000_000, (analyzed - copied) / 1_000_000,
                (deduped - analyzed) / 1_000_000, (written - deduped) / 1_000_000,
                (reconciled - written) / 1_000_000, (committed - reconciled) / 1_000_000);
    }

    /** COPY straight into the target, truncated in the same transaction: what skipping the staging would give. */
    private static void direct(Connection connection, List<RowOutcome.Accepted> rows, boolean freeze)
            throws Exception {
        connection.setAutoCommit(false);
        execute(connection, "TRUNCATE " + TABLE);
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + TABLE + " (" + COLUMNS
                + ") FROM STDIN" + (freeze ? " (FREEZE)" : ""));
        CopyTextWriter writer = new CopyTextWriter(copy);
        for (RowOutcome.Accepted row : rows) {
            // The line goes into remarks a second time so that the row has the loader's width.
            writer.row(row.values().subList(0, 10), row.line());
        }
        writer.finish();
        connection.commit();
        connection.setAutoCommit(true);
    }

    private long psqlCopy(Path file) throws Exception {
        TestPostgres.Connection db = TestPostgres.shared();
        URI uri = URI.create(db.jdbcUrl().substring("jdbc:".length()));
        ProcessBuilder psql = new ProcessBuilder("psql", "-h", uri.getHost(), "-p", Integer.toString(uri.getPort()),
                "-U", db.username(), "-d", uri.getPath().substring(1), "-v", "ON_ERROR_STOP=1", "-c",
                "\\copy " + TABLE + " (" + COLUMNS + ") FROM '" + file + "' WITH (FORMAT csv, HEADER)")
                .inheritIO();
        psql.environment().put("PGPASSWORD", db.password());
        long start = System.nanoTime();
        int exit = psql.start().waitFor();
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (exit != 0) {
            throw new IllegalStateException("psql exited with " + exit);
        }
        return millis;
    }

    /** Clean rows shaped like the sample's: Chinese names and addresses, ID-card numbers, balances, timestamps. */
    static List<RowOutcome.Accepted> generate(int count) {
        Random random = new Random(42);
        String[] surnames = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周"};
        String[] given = {"伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇"};
        String[] streets = {"北京市朝阳区建国路", "上海市浦东新区世纪大道", "广州市天河区体育西路", "成都市武侯区人民南路"};
        String[] insurance = {"01", "02", "03", "04", "99"};
        List<RowOutcome.Accepted> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            LocalDate birth = LocalDate.of(1930, 1, 1).plusDays(random.nextInt(30_000));
            rows.add(new RowOutcome.Accepted(i + 2, Arrays.asList(
                    String.format("P%08d", i),
                    surnames[random.nextInt(surnames.length)] + given[random.nextInt(given.length)],
                    random.nextBoolean() ? "M" : "F",
                    birth,
                    String.format("110105%04d%02d%02d%03d%d", birth.getYear(), birth.getMonthValue(),
                            birth.getDayOfMonth(), random.nextInt(1000), random.nextInt(10)),
                    "13" + (100_000_000 + random.nextInt(900_000_000)),
                    streets[random.nextInt(streets.length)] + random.nextInt(500) + "号",
                    insurance[random.nextInt(insurance.length)],
                    BigDecimal.valueOf(random.nextInt(10_000_000), 2),
                    LocalDateTime.of(2015, 1, 1, 0, 0).plusSeconds(random.nextInt(300_000_000)),
                    random.nextInt(4) == 0 ? "过敏史：青霉素" : null)));
        }
        return rows;
    }

    private static void writeCsv(List<RowOutcome.Accepted> rows, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(COLUMNS.replace(" ", ""));
            out.newLine();
            for (RowOutcome.Accepted row : rows) {
                StringBuilder line = new StringBuilder(200);
                for (Object value : row.values()) {
                    if (line.length() > 0) {
                        line.append(',');
                    }
                    if (value instanceof LocalDateTime at) {
                        line.append(at.toLocalDate()).append(' ').append(at.toLocalTime());
                    } else if (value != null) {
                        line.append(value);
                    }
                }
                out.write(line.toString());
                out.newLine();
            }
        }
    }
}
