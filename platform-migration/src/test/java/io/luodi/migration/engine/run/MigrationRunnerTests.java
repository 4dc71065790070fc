package io.luodi.migration.engine.run;

import io.luodi.migration.engine.bench.LegacyPatientFiles;
import io.luodi.migration.engine.plan.DatasetPlan;
import io.luodi.migration.engine.plan.FieldMapping;
import io.luodi.migration.engine.plan.MigrationPlan;
import io.luodi.migration.engine.plan.PlanYaml;
import io.luodi.migration.engine.plan.RunMode;
import io.luodi.migration.engine.process.Rejection;
import io.luodi.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationRunnerTests {

    private static final Path PLAN = Path.of("../docs/examples/his-patients-plan.yaml");

    @TempDir
    Path dir;

    @Test
    void aCancelledRunRollsBackAndSaysSo() throws Exception {
        String url = schemaWithTable("run_cancel");
        Path source = dir.resolve("patients.csv");
        LegacyPatientFiles.write(source, LegacyPatientFiles.Options.likeSample(20_000, 5));
        Recorder listener = new Recorder(5);

        RunReport report = new MigrationRunner(Locale.ENGLISH).run(request(PlanYaml.read(PLAN), RunMode.FULL,
                source, url), listener);

        assertThat(report.outcome()).isEqualTo(RunReport.Outcome.CANCELLED);
        assertThat(report.reconciliation()).isNull();
        assertThat(report.rowsRead()).isLessThan(20_000);
        assertThat(count("run_cancel")).isZero();
    }

    @Test
    void countsAddUpAndProgressEndsAtAHundredPercent() throws Exception {
        String url = schemaWithTable("run_counts");
        Path source = dir.resolve("patients.csv");
        LegacyPatientFiles.Truth truth = LegacyPatientFiles.write(source,
                LegacyPatientFiles.Options.dirtier(5_000, 8, java.nio.charset.Charset.forName("GBK"), false));
        Recorder listener = new Recorder(Integer.MAX_VALUE);

        RunReport report = new MigrationRunner(Locale.ENGLISH).run(request(PlanYaml.read(PLAN), RunMode.FULL,
                source, url), listener);

        assertThat(report.outcome()).as(report.failure()).isEqualTo(RunReport.Outcome.SUCCEEDED);
        assertThat(report.rowsRead()).isEqualTo(5_000);
        assertThat(report.inserted() + report.rejected() + report.duplicatesRemoved()).isEqualTo(report.rowsRead());
        assertThat(report.duplicatesRemoved()).isEqualTo(truth.duplicates().size());
        assertThat(listener.rejections.stream().map(Rejection::line).distinct().count()).isEqualTo(report.rejected());
        assertThat(listener.progress).last().satisfies(p -> assertThat(p.percent()).isEqualTo(100));
        assertThat(report.sourceSha256()).isEqualTo(FileDigest.sha256(source));
        assertThat(report.spotChecks()).hasSize(20).allSatisfy(c -> assertThat(c.target()).isNotNull());
    }

    @Test
    void aMappingThatDoesNotFitTheFileFailsWithTheProblemInWords() throws Exception {
        String url = schemaWithTable("run_mapping");
        MigrationPlan plan = PlanYaml.read(PLAN);
        DatasetPlan d = plan.datasets().get(0);
        List<FieldMapping> fields = new ArrayList<>(d.fields());
        FieldMapping name = fields.get(1);
        fields.set(1, new FieldMapping(name.target(), List.of("患者姓名"), null, true, null, List.of(), List.of()));
        DatasetPlan broken = new DatasetPlan(d.name(), d.critical(), d.source(), d.target(), d.cleaning(), fields,
                d.reconcileSums(), d.spotChecks(), d.watermark());
        MigrationPlan brokenPlan = new MigrationPlan(plan.name(), plan.version(), plan.dictionaries(),
                List.of(broken));

        RunReport report = new MigrationRunner(Locale.ENGLISH).run(request(brokenPlan, RunMode.FULL,
                Path.of("src/test/resources/engine/his-patients-sample/patients.csv"), url), new Recorder(Integer.MAX_VALUE));

        assertThat(report.outcome()).isEqualTo(RunReport.Outcome.FAILED);
        assertThat(report.failure()).contains("患者姓名").doesNotContain("Exception", "\tat ");
    }

    @Test
    void anUnknownDatasetFailsNamingTheOnesThereAre() {
        RunRequest request = new RunRequest(PlanYaml.read(PLAN), "drugs", RunMode.FULL, 0, false, dir, "x", null,
                new Jdbc("jdbc:postgresql://127.0.0.1:1/x", null, null));

        RunReport report = new MigrationRunner(Locale.ENGLISH).run(request, new Recorder(Integer.MAX_VALUE));

        assertThat(report.outcome()).isEqualTo(RunReport.Outcome.FAILED);
        assertThat(report.failure()).contains("drugs", "patients");
    }

    private static RunRequest request(MigrationPlan plan, RunMode mode, Path source, String url) {
        TestPostgres.Connection db = TestPostgres.shared();
        return new RunRequest(plan, "patients", mode, 100, false, source, source.getFileName().toString(), null,
                new Jdbc(url, db.username(), db.password()));
    }

    private static String schemaWithTable(String schema) throws Exception {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
            statement.execute("create schema " + schema);
            statement.execute("set search_path to " + schema);
            statement.execute(Files.readString(Path.of("../docs/examples/his-patients-table.sql")));
        }
        String url = TestPostgres.shared().jdbcUrl();
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static long count(String schema) throws Exception {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select count(*) from " + schema + ".patient")) {
            row.next();
            return row.getLong(1);
        }
    }

    private static Connection connect() throws Exception {
        TestPostgres.Connection db = TestPostgres.shared();
        return DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
    }

    /** Keeps what the run says; asks to cancel after a number of polls. */
    private static final class Recorder implements RunListener {
        final List<RunProgress> progress = new ArrayList<>();
        final List<Rejection> rejections = new ArrayList<>();
        private int pollsBeforeCancel;

        Recorder(int pollsBeforeCancel) {
            this.pollsBeforeCancel = pollsBeforeCancel;
        }

        @Override
        public void progress(RunProgress p) {
            progress.add(p);
        }

        @Override
        public void rejected(Rejection rejection) {
            rejections.add(rejection);
        }

        @Override
        public boolean cancelRequested() {
            return pollsBeforeCancel-- <= 0;
        }
    }
}
