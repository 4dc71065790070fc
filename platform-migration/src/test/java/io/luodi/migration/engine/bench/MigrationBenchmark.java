package io.luodi.migration.engine.bench;

import io.luodi.migration.engine.load.CopyLoader;
import io.luodi.migration.engine.load.TargetTable;
import io.luodi.migration.engine.load.TargetTables;
import io.luodi.migration.engine.plan.DatasetPlan;
import io.luodi.migration.engine.plan.MigrationPlan;
import io.luodi.migration.engine.plan.PlanYaml;
import io.luodi.migration.engine.plan.RunMode;
import io.luodi.migration.engine.process.RowOutcome;
import io.luodi.migration.engine.process.RowProcessor;
import io.luodi.migration.engine.source.SourceFiles;
import io.luodi.migration.engine.source.SourceReader;
import io.luodi.migration.engine.source.SourceRow;
import io.luodi.testsupport.TestPostgres;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine against {@code psql \copy} and pgloader on the same patients (docs/benchmarks.md):
 * <ul>
 *   <li>the engine reads the legacy GBK file (2% dirt, mixed date formats, thousands separators, control
 *       characters) and does all of the example plan's cleaning, mapping, validation, de-duplication and
 *       reconciliation, loading with COPY in one transaction;</li>
 *   <li>{@code \copy} and pgloader read the equivalent already-clean UTF-8 file — exactly the rows the engine
 *       loads, as the target holds them — into the same table shape, primary key included.</li>
 * </ul>
 * Rows per second are the rows of each loader's own input file over wall-clock time. {@code -Dbenchmark.rows}
 * (default 1,000,000) and {@code -Dbenchmark.rounds} (default 2; the best round counts).
 */
@Tag("benchmark")
class MigrationBenchmark {

    private static final Path PLAN = Path.of("../docs/examples/his-patients-plan.yaml");
    private static final Path TABLE_SQL = Path.of("../docs/examples/his-patients-table.sql");
    private static final Path OUT = Path.of("target/benchmarks").toAbsolutePath();
    private static final Map<String, String> GENDER = Map.of("1", "M", "2", "F");
    private static final Map<String, String> INSURANCE = Map.of("01", "EMPLOYEE", "02", "RESIDENT", "03",
            "RURAL_COOP", "04", "COMMERCIAL", "99", "SELF_PAY");

    @Test
    void engineAgainstCopyAndPgloader() throws Exception {
        long rows = Long.getLong("benchmark.rows", 1_000_000L);
        int rounds = Integer.getInteger("benchmark.rounds", 2);
        Files.createDirectories(OUT);
        Path legacy = OUT.resolve("patients-" + rows + "-gbk.csv");
        Path clean = OUT.resolve("patients-" + rows + "-clean-utf8.csv");
        long generating = System.nanoTime();
        LegacyPatientFiles.Truth truth;
        try (Writer cleanFile = Files.newBufferedWriter(clean, StandardCharsets.UTF_8)) {
            truth = LegacyPatientFiles.write(legacy, LegacyPatientFiles.Options.likeSample(rows, 2026),
                    patient -> writeClean(cleanFile, patient));
        }
        Files.writeString(OUT.resolve("patients-" + rows + "-truth.json"), truth.toJson());
        System.out.printf("generated %,d rows in %.1f s: %,d bytes GBK, %,d bytes clean UTF-8 (%,d rows)%n", rows,
                (System.nanoTime() - generating) / 1e9, Files.size(legacy), Files.size(clean), truth.clean());

        List<Measurement> copy = new ArrayList<>();
        List<Measurement> engine = new ArrayList<>();
        List<Measurement> pgloader = new ArrayList<>();
        boolean withPgloader = Files.isExecutable(Path.of("/usr/bin/pgloader"));
        for (int round = 0; round < rounds; round++) {
            copy.add(psqlCopy(clean));
            engine.add(engine(legacy, truth));
            if (withPgloader && round == 0) { // minutes per run: once is enough to place it
                pgloader.add(pgloader(clean));
            }
        }
        Measurement copyBest = best(copy);
        StringBuilder table = new StringBuilder("| loader | input | rows | wall (best of ").append(rounds)
                .append(") | rows/s | vs \\copy | client CPU | PostgreSQL CPU | on 2 idle cores | rows/s |"
                        + " vs \\copy |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        row(table, "`psql \\copy`", "clean UTF-8 CSV", truth.clean(), copyBest, truth.clean(), copyBest);
        row(table, "Luodi engine, FULL", "legacy GBK CSV", rows, best(engine), truth.clean(), copyBest);
        if (withPgloader) {
            row(table, "pgloader (1 round)", "clean UTF-8 CSV", truth.clean(), best(pgloader), truth.clean(), copyBest);
        }
        table.append("\nAll rounds (s): \\copy ").append(copy).append("; engine ").append(engine)
                .append("; pgloader ").append(pgloader).append('\n');
        System.out.println(table);
        Files.writeString(OUT.resolve("migration.md"), table);
    }

    /**
     * Memory does not grow with the file: the command in its own JVM with {@code -Xmx512m} loads
     * {@code -Dbenchmark.big} rows (e.g. 10,000,000); the garbage collector's log gives the largest heap still in
     * use after a collection. Skipped without the property.
     */
    @Test
    void aHugeFileLoadsInHalfAGigabyteOfHeap() throws Exception {
        long rows = Long.getLong("benchmark.big", 0);
        Assumptions.assumeTrue(rows > 0, "-Dbenchmark.big=<rows> runs it");
        Files.createDirectories(OUT);
        Path legacy = OUT.resolve("patients-" + rows + "-gbk.csv");
        LegacyPatientFiles.Truth truth = LegacyPatientFiles.write(legacy,
                LegacyPatientFiles.Options.likeSample(rows, 2027));
        String schema = freshTable("bench_big");
        TestPostgres.Connection db = TestPostgres.shared();
        String url = db.jdbcUrl() + (db.jdbcUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema;
        Path gcLog = OUT.resolve("big-gc.log");
        Path report = OUT.resolve("big-report.json");
        Path times = OUT.resolve("big-times.txt");
        ProcessBuilder command = new ProcessBuilder("/usr/bin/time", "-f", "%e s wall, %U s user, %S s system, "
                + "%M KB max resident", "-o", times.toString(),
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-Xlog:gc:file=" + gcLog, "-cp", System.getProperty("java.class.path"),
                "io.luodi.migration.engine.cli.MigrateCommand", "--plan", PLAN.toString(), "--source",
                legacy.toString(), "--target", url, "--mode", "FULL", "--report", report.toString(), "--lang", "en")
                .redirectErrorStream(true).redirectOutput(OUT.resolve("big-output.txt").toFile());
        command.environment().put("LUODI_TARGET_USER", db.username());
        command.environment().put("LUODI_TARGET_PASSWORD", db.password());
        int exit = command.start().waitFor();
        assertThat(exit).as(Files.readString(OUT.resolve("big-output.txt"))).isEqualTo(1);
        assertThat(count(schema)).isEqualTo(truth.clean());
        long peakAfterGc = 0;
        java.util.regex.Matcher after = java.util.regex.Pattern.compile("->(\\d+)M\\(").matcher(
                Files.readString(gcLog));
        while (after.find()) {
            peakAfterGc = Math.max(peakAfterGc, Long.parseLong(after.group(1)));
        }
        String result = String.format(Locale.ROOT, "%,d rows (%,d bytes GBK), -Xmx512m: %s; largest heap after a "
                + "collection %d MB%n", rows, Files.size(legacy), Files.readString(times).trim(), peakAfterGc);
        System.out.println(result);
        Files.writeString(OUT.resolve("migration-big.md"), result);
        Files.delete(legacy);
    }

    /**
     * Where the engine's client-side time goes, in CPU seconds of the one thread that does the work, each stage
     * measured on its own after a warm-up pass: decode + parse the file; + clean, map and validate each row;
     * + format each accepted row as COPY text and send it to PostgreSQL's staging table (the load is then rolled
     * back, so the server's finishing work is not in it).
     */
    @Test
    void whereTheEngineSpendsItsTime() throws Exception {
        long rows = Long.getLong("benchmark.rows", 1_000_000L);
        Files.createDirectories(OUT);
        Path legacy = OUT.resolve("patients-" + rows + "-gbk.csv");
        if (!Files.exists(legacy)) {
            LegacyPatientFiles.write(legacy, LegacyPatientFiles.Options.likeSample(rows, 2026));
        }
        MigrationPlan plan = PlanYaml.read(PLAN);
        DatasetPlan dataset = plan.dataset("patients");
        String schema = freshTable("bench_stages");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        StringBuilder out = new StringBuilder("| stage (cumulative) | thread CPU | µs per row |\n|---|---:|---:|\n");
        String[] stages = {"decode + parse", "+ clean, map, validate", "+ format and COPY to staging"};
        for (int stage = 0; stage < stages.length; stage++) {
            double seconds = 0;
            for (int pass = 0; pass < 2; pass++) {
                try (Connection connection = connect()) {
                    connection.createStatement().execute("set search_path to " + schema);
                    TargetTable table = TargetTables.describe(connection, "patient");
                    long start = threads.getCurrentThreadCpuTime();
                    try (SourceReader reader = SourceFiles.open(legacy, dataset.source())) {
                        RowProcessor processor = stage >= 1
                                ? new RowProcessor(plan, dataset, reader.header(), table) : null;
                        CopyLoader loader = stage >= 2
                                ? CopyLoader.open(connection, table, dataset, RunMode.FULL, r -> { }) : null;
                        try {
                            for (SourceRow row; (row = reader.next()) != null; ) {
                                if (processor != null) {
                                    RowOutcome outcome = processor.process(row);
                                    if (loader != null && outcome instanceof RowOutcome.Accepted accepted) {
                                        loader.accept(accepted);
                                    }
                                }
                            }
                        } finally {
                            if (loader != null) {
                                loader.close(); // rolls back: only the streaming is measured
                            }
                        }
                    }
                    seconds = (threads.getCurrentThreadCpuTime() - start) / 1e9;
                }
            }
            out.append(String.format(Locale.ROOT, "| %s | %.2f s | %.2f |%n", stages[stage], seconds,
                    seconds * 1e6 / rows));
        }
        System.out.println(out);
        Files.writeString(OUT.resolve("migration-stages.md"), out);
    }

    /**
     * One loader run: wall-clock seconds, CPU seconds of the client (the engine's JVM, psql, pgloader) and of the
     * PostgreSQL server.
     */
    record Measurement(double wall, double client, double server, double clientStreaming, double serverStreaming) {
        Measurement(double wall, double client, double server) {
            this(wall, client, server, client, server);
        }

        /**
         * Wall-clock seconds on two otherwise idle cores: while rows stream, client and server work side by side;
         * what the server does after the last row (de-duplication, merge, reconciliation) comes on top.
         */
        double idle() {
            return Math.max(clientStreaming, serverStreaming)
                    + Math.max(client - clientStreaming, server - serverStreaming);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.2f s wall, CPU: client %.2f s (%.2f s while streaming), server "
                    + "%.2f s (%.2f s while streaming); %.2f s on idle cores", wall, client, clientStreaming, server,
                    serverStreaming, idle());
        }
    }

    /**
     * One engine FULL run into a fresh table, as a user runs it: the command in its own JVM ({@code -Xmx512m},
     * default collector), checked against the generator's truth. CPU is read again when the command reports
     * 100% — every row read, processed and streamed — so that the server's finishing work can be told apart.
     */
    private static Measurement engine(Path legacy, LegacyPatientFiles.Truth truth) throws Exception {
        String schema = freshTable("bench_engine");
        TestPostgres.Connection db = TestPostgres.shared();
        String url = db.jdbcUrl() + (db.jdbcUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema;
        Path report = OUT.resolve("engine-report.json");
        Path times = OUT.resolve("engine-times.txt");
        ProcessBuilder builder = new ProcessBuilder("/usr/bin/time", "-f", "%U %S", "-o", times.toString(),
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), "io.luodi.migration.engine.cli.MigrateCommand",
                "--plan", PLAN.toString(), "--source", legacy.toString(), "--target", url, "--mode", "FULL",
                "--report", report.toString(), "--lang", "en").redirectErrorStream(true);
        builder.environment().put("LUODI_TARGET_USER", db.username());
        builder.environment().put("LUODI_TARGET_PASSWORD", db.password());
        long postmaster = postmaster();
        double server = CpuClock.postgres(postmaster);
        long start = System.nanoTime();
        Process process = builder.start();
        double clientStreaming = -1;
        double serverStreaming = -1;
        StringBuilder output = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                output.append(line).append('\n');
                if (clientStreaming < 0 && line.contains("] 100%")) {
                    serverStreaming = CpuClock.postgres(postmaster) - server;
                    clientStreaming = process.descendants().filter(p -> p.info().command().orElse("")
                            .endsWith("java")).mapToDouble(CpuClock::process).sum();
                }
            }
        }
        int exit = process.waitFor();
        double wall = (System.nanoTime() - start) / 1e9;
        settle();
        assertThat(exit).as(output.toString()).isEqualTo(truth.rejected().isEmpty() ? 0 : 1);
        String[] cpu = Files.readString(times).trim().split("\\s+");
        double client = Double.parseDouble(cpu[cpu.length - 2]) + Double.parseDouble(cpu[cpu.length - 1]);
        Measurement measured = new Measurement(wall, client, CpuClock.postgres(postmaster) - server,
                clientStreaming, serverStreaming);
        JsonNode json = JsonMapper.builder().build().readTree(report.toFile());
        assertThat(json.get("counts").get("inserted").asLong()).isEqualTo(truth.clean());
        assertThat(json.get("counts").get("rejected").asLong()).isEqualTo(truth.rejected().size());
        assertThat(json.get("reconciliation").get("sums").get(0).get("target").asString())
                .isEqualTo(truth.balanceTotal().toPlainString());
        System.out.println("engine: " + measured);
        return measured;
    }

    /**
     * Waits until the server has no client backend but ours: a backend whose client has gone may still be ending,
     * and its CPU time reaches the postmaster's account only when it is reaped.
     */
    private static void settle() throws Exception {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (int i = 0; i < 100; i++) {
                try (ResultSet rows = statement.executeQuery("select count(*) from pg_stat_activity where "
                        + "backend_type = 'client backend' and pid <> pg_backend_pid()")) {
                    rows.next();
                    if (rows.getLong(1) == 0) {
                        break;
                    }
                }
                Thread.sleep(50);
            }
        }
        Thread.sleep(200);
    }

    private static Measurement psqlCopy(Path clean) throws Exception {
        String schema = freshTable("bench_copy");
        URI db = database();
        String copy = "\\copy " + schema + ".patient from '" + clean + "' with (format csv)";
        Measurement measured = timed(List.of("/usr/bin/psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", db.getHost(), "-p",
                String.valueOf(db.getPort()), "-U", TestPostgres.shared().username(), "-d", db.getPath().substring(1),
                "-c", copy));
        assertThat(count(schema)).isPositive();
        System.out.println("\\copy: " + measured);
        return measured;
    }

    private static Measurement pgloader(Path clean) throws Exception {
        String schema = freshTable("bench_pgloader");
        URI db = database();
        TestPostgres.Connection connection = TestPostgres.shared();
        Path command = OUT.resolve("pgloader.load");
        Files.writeString(command, """
                LOAD CSV
                     FROM '%s'
                          (patient_no, name, gender, birth_date, id_card, phone, address, insurance_type, balance,
                           created_at, remarks, source_system)
                     INTO postgresql://%s:%s@%s:%d/%s
                          TARGET TABLE %s.patient
                     WITH fields optionally enclosed by '"',
                          fields escaped by double-quote,
                          fields terminated by ',';
                """.formatted(clean, connection.username(), connection.password(), db.getHost(), db.getPort(),
                db.getPath().substring(1), schema));
        Measurement measured = timed(List.of("/usr/bin/pgloader", "--quiet", command.toString()));
        assertThat(count(schema)).isPositive();
        System.out.println("pgloader: " + measured);
        return measured;
    }

    /** A clean patient in the target's shape and column order, as CSV for {@code \copy}. */
    private static void writeClean(Writer out, LegacyPatientFiles.Patient p) {
        try {
            out.write(p.id());
            out.write(',');
            out.write(p.name());
            out.write(',');
            out.write(GENDER.get(p.gender()));
            out.write(',');
            out.write(p.birthDate().toString());
            out.write(',');
            out.write(p.idCard());
            out.write(',');
            out.write(p.phone());
            out.write(',');
            out.write(csv(p.address()));
            out.write(',');
            out.write(INSURANCE.get(p.insurance()));
            out.write(',');
            out.write(p.balance().toPlainString());
            out.write(',');
            out.write(p.createdAt().toLocalDate() + " " + p.createdAt().toLocalTime());
            out.write(',');
            out.write(csv(p.remarks()));
            out.write(",LEGACY_HIS\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String csv(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    private static String freshTable(String schema) throws Exception {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
            statement.execute("create schema " + schema);
            statement.execute("set search_path to " + schema);
            statement.execute(Files.readString(TABLE_SQL));
            statement.execute("checkpoint"); // each round starts without the previous round's dirty pages
        }
        return schema;
    }

    private static long count(String schema) throws Exception {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from " + schema + ".patient")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Connection connect() throws Exception {
        TestPostgres.Connection db = TestPostgres.shared();
        return DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
    }

    private static URI database() {
        return URI.create(TestPostgres.shared().jdbcUrl().substring("jdbc:".length()));
    }

    /** Runs a tool under {@code /usr/bin/time} for its own CPU, and reads the server's CPU around it. */
    private static Measurement timed(List<String> command) throws Exception {
        Path times = OUT.resolve("tool-times.txt");
        List<String> withTime = new ArrayList<>(List.of("/usr/bin/time", "-f", "%U %S", "-o", times.toString()));
        withTime.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(withTime).redirectErrorStream(true)
                .redirectOutput(OUT.resolve("tool-output.txt").toFile());
        builder.environment().put("PGPASSWORD", TestPostgres.shared().password());
        long postmaster = postmaster();
        double server = CpuClock.postgres(postmaster);
        long start = System.nanoTime();
        int exit = builder.start().waitFor();
        double wall = (System.nanoTime() - start) / 1e9;
        settle();
        assertThat(exit).as(command.get(0) + " exit code; see " + OUT.resolve("tool-output.txt")).isZero();
        String[] cpu = Files.readString(times).trim().split("\\s+");
        return new Measurement(wall, Double.parseDouble(cpu[cpu.length - 2]) + Double.parseDouble(cpu[cpu.length - 1]),
                CpuClock.postgres(postmaster) - server);
    }

    private static long postmaster() throws Exception {
        try (Connection connection = connect()) {
            return CpuClock.postmaster(connection);
        }
    }

    /** The round with the least wall-clock time. */
    private static Measurement best(List<Measurement> rounds) {
        return rounds.stream().min(java.util.Comparator.comparingDouble(Measurement::wall)).orElseThrow();
    }

    /**
     * A table row: wall-clock figures as measured, and CPU figures with the time the loader would take on two
     * otherwise idle cores (client on one, PostgreSQL on the other; see {@link Measurement#idle()}).
     */
    private static void row(StringBuilder table, String loader, String input, long rows, Measurement m,
                            long copyRows, Measurement copy) {
        double rate = rows / m.wall();
        double copyRate = copyRows / copy.wall();
        double idleRate = rows / m.idle();
        double copyIdleRate = copyRows / copy.idle();
        table.append(String.format(Locale.ROOT,
                "| %s | %s | %,d | %.2f s | %,.0f | %.0f%% | %.2f s | %.2f s | %.2f s | %,.0f | %.0f%% |%n", loader,
                input, rows, m.wall(), rate, 100 * rate / copyRate, m.client(), m.server(), m.idle(), idleRate,
                100 * idleRate / copyIdleRate));
    }
}
