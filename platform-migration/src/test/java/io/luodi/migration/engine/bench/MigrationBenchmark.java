package io.luodi.migration.engine.bench;

import io.luodi.migration.engine.plan.MigrationPlan;
import io.luodi.migration.engine.plan.PlanYaml;
import io.luodi.migration.engine.plan.RunMode;
import io.luodi.migration.engine.process.Rejection;
import io.luodi.migration.engine.run.Jdbc;
import io.luodi.migration.engine.run.MigrationRunner;
import io.luodi.migration.engine.run.RunListener;
import io.luodi.migration.engine.run.RunProgress;
import io.luodi.migration.engine.run.RunReport;
import io.luodi.migration.engine.run.RunRequest;
import io.luodi.testsupport.TestPostgres;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
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

        List<Double> copy = new ArrayList<>();
        List<Double> engine = new ArrayList<>();
        List<Double> pgloader = new ArrayList<>();
        boolean withPgloader = Files.isExecutable(Path.of("/usr/bin/pgloader"));
        for (int round = 0; round < rounds; round++) {
            copy.add(psqlCopy(clean));
            engine.add(engine(legacy, truth));
            if (withPgloader) {
                pgloader.add(pgloader(clean));
            }
        }
        double copyBest = best(copy);
        StringBuilder table = new StringBuilder("| loader | input | rows | time (best of ").append(rounds)
                .append(") | rows/s | vs \\copy |\n|---|---|---:|---:|---:|---:|\n");
        row(table, "`psql \\copy`", "clean UTF-8 CSV", truth.clean(), copyBest, truth.clean() / copyBest);
        row(table, "Luodi engine, FULL", "legacy GBK CSV", rows, best(engine), truth.clean() / copyBest);
        if (withPgloader) {
            row(table, "pgloader", "clean UTF-8 CSV", truth.clean(), best(pgloader), truth.clean() / copyBest);
        }
        table.append("\nAll rounds (s): \\copy ").append(copy).append("; engine ").append(engine)
                .append("; pgloader ").append(pgloader).append('\n');
        System.out.println(table);
        Files.writeString(OUT.resolve("migration.md"), table);
    }

    /** Seconds of one engine FULL run into a fresh table, checked against the generator's truth. */
    private static double engine(Path legacy, LegacyPatientFiles.Truth truth) throws Exception {
        String schema = freshTable("bench_engine");
        MigrationPlan plan = PlanYaml.read(PLAN);
        TestPostgres.Connection db = TestPostgres.shared();
        String url = db.jdbcUrl() + (db.jdbcUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema;
        RunRequest request = new RunRequest(plan, "patients", RunMode.FULL, 0, false, legacy,
                legacy.getFileName().toString(), null, new Jdbc(url, db.username(), db.password()));
        long start = System.nanoTime();
        RunReport report = new MigrationRunner(Locale.ENGLISH).run(request, new Quiet());
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(report.failure()).isNull();
        assertThat(report.inserted()).isEqualTo(truth.clean());
        assertThat(report.rejected()).isEqualTo(truth.rejected().size());
        assertThat(report.reconciliation().sums().get(0).target()).isEqualByComparingTo(truth.balanceTotal());
        System.out.printf("engine: %.2f s, %,.0f rows/s%n", seconds, truth.rows() / seconds);
        return seconds;
    }

    private static double psqlCopy(Path clean) throws Exception {
        String schema = freshTable("bench_copy");
        URI db = database();
        String copy = "\\copy " + schema + ".patient from '" + clean + "' with (format csv)";
        long start = System.nanoTime();
        run(List.of("/usr/bin/psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", db.getHost(), "-p",
                String.valueOf(db.getPort()), "-U", TestPostgres.shared().username(), "-d", db.getPath().substring(1),
                "-c", copy));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(count(schema)).isPositive();
        System.out.printf("\\copy: %.2f s%n", seconds);
        return seconds;
    }

    private static double pgloader(Path clean) throws Exception {
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
        long start = System.nanoTime();
        run(List.of("/usr/bin/pgloader", "--quiet", command.toString()));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(count(schema)).isPositive();
        System.out.printf("pgloader: %.2f s%n", seconds);
        return seconds;
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

    private static void run(List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(OUT.resolve("tool-output.txt").toFile());
        builder.environment().put("PGPASSWORD", TestPostgres.shared().password());
        int exit = builder.start().waitFor();
        assertThat(exit).as(command.get(0) + " exit code; see " + OUT.resolve("tool-output.txt")).isZero();
    }

    private static double best(List<Double> seconds) {
        return seconds.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    private static void row(StringBuilder table, String loader, String input, long rows, double seconds,
                            double copyRowsPerSecond) {
        double rate = rows / seconds;
        table.append(String.format(Locale.ROOT, "| %s | %s | %,d | %.2f s | %,.0f | %.0f%% |%n", loader, input,
                rows, seconds, rate, 100 * rate / copyRowsPerSecond));
    }

    /** The benchmark measures; it listens to nothing. */
    private static final class Quiet implements RunListener {
        @Override
        public void progress(RunProgress progress) {
        }

        @Override
        public void rejected(Rejection rejection) {
        }

        @Override
        public boolean cancelRequested() {
            return false;
        }
    }
}
