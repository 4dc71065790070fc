package io.luodi.migration.engine.cli;

import io.luodi.migration.engine.bench.LegacyPatientFiles;
import io.luodi.migration.engine.source.SourceFiles;
import io.luodi.migration.engine.source.SourceReader;
import io.luodi.migration.engine.source.SourceRow;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.luodi.migration.engine.cli.CliFixture.json;
import static io.luodi.migration.engine.cli.CliFixture.rejected;
import static io.luodi.migration.engine.cli.CliFixture.run;
import static io.luodi.migration.engine.cli.CliFixture.truthRejected;
import static org.assertj.core.api.Assertions.assertThat;

/** The command line as an engineer on site uses it, against the shared test PostgreSQL. */
class MigrateCommandTests {

    @TempDir
    Path dir;

    @Test
    void fullRunOfTheSampleRejectsExactlyTheTruthsLinesAndReconcilesToTheCent() throws Exception {
        String target = CliFixture.schemaWithTable("cli_sample");
        Path report = dir.resolve("report.json");
        Path rejects = dir.resolve("rejects.csv");

        CliFixture.Result result = run("--plan", CliFixture.PLAN.toString(), "--dataset", "patients",
                "--source", CliFixture.SAMPLE.resolve("patients.csv").toString(), "--target", target,
                "--mode", "FULL", "--report", report.toString(), "--rejects", rejects.toString(), "--lang", "en");

        JsonNode truth = json(CliFixture.SAMPLE.resolve("truth.json"));
        JsonNode json = json(report);
        // A critical dataset with rejected rows has not reconciled exactly: exit code 1.
        assertThat(result.exitCode()).as(result.err()).isEqualTo(MigrateCommand.NOT_RECONCILED);
        assertThat(json.get("outcome").asString()).isEqualTo("SUCCEEDED");
        assertThat(rejected(json)).isEqualTo(truthRejected(truth));
        JsonNode counts = json.get("counts");
        assertThat(counts.get("rowsRead").asLong()).isEqualTo(truth.get("rows").asLong());
        assertThat(counts.get("loaded").asLong()).isEqualTo(truth.get("clean").asLong());
        assertThat(counts.get("duplicatesRemoved").asLong()).isEqualTo(truth.get("duplicates").size());
        JsonNode reconciliation = json.get("reconciliation");
        assertThat(reconciliation.get("passed").asBoolean()).isTrue();
        assertThat(reconciliation.get("sums").get(0).get("target").asString())
                .isEqualTo(truth.get("balance_total").asString());
        assertThat(CliFixture.balanceSum("cli_sample")).isEqualByComparingTo(truth.get("balance_total").asString());
        assertThat(CliFixture.rowCount("cli_sample")).isEqualTo(truth.get("clean").asLong());
        assertThat(json.get("sourceSha256").asString()).hasSize(64);
        assertThat(json.get("encoding").asString()).isEqualToIgnoringCase("GBK");
        assertThat(json.get("spotChecks")).hasSize(20);
        for (JsonNode check : json.get("spotChecks")) {
            assertThat(check.get("target").get("patient_no").asString()).isEqualTo(check.get("key").asString());
            assertThat(check.get("source").get("病人编号").asString()).isEqualTo(check.get("key").asString());
        }
        List<String> csv = Files.readAllLines(rejects, StandardCharsets.UTF_8);
        assertThat(csv).hasSize(1 + truth.get("rejected").size());
        assertThat(result.out()).contains("500 rows read", "490 loaded", "Reconciliation passed");
        assertThat(result.err()).contains("%");
    }

    @Test
    void theSampleSavedAsAnExcelWorkbookGivesTheSameResult() throws Exception {
        String target = CliFixture.schemaWithTable("cli_xlsx");
        Path workbook = dir.resolve("patients.xlsx");
        try (SourceReader csv = SourceFiles.open(CliFixture.SAMPLE.resolve("patients.csv"), null);
             SXSSFWorkbook xlsx = new SXSSFWorkbook(100);
             OutputStream out = Files.newOutputStream(workbook)) {
            Sheet sheet = xlsx.createSheet("患者");
            writeRow(sheet, 0, csv.header());
            int next = 1;
            for (SourceRow row; (row = csv.next()) != null; ) {
                writeRow(sheet, next++, row.values());
            }
            xlsx.write(out);
            xlsx.dispose();
        }
        Path report = dir.resolve("report.json");

        CliFixture.Result result = run("--plan", CliFixture.PLAN.toString(), "--source", workbook.toString(),
                "--target", target, "--mode", "FULL", "--report", report.toString());

        JsonNode truth = json(CliFixture.SAMPLE.resolve("truth.json"));
        JsonNode json = json(report);
        assertThat(result.exitCode()).as(result.err()).isEqualTo(MigrateCommand.NOT_RECONCILED);
        assertThat(rejected(json)).isEqualTo(truthRejected(truth));
        assertThat(CliFixture.balanceSum("cli_xlsx")).isEqualByComparingTo(truth.get("balance_total").asString());
        assertThat(json.get("encoding").isNull()).isTrue();
    }

    private static void writeRow(Sheet sheet, int index, List<String> values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.size(); i++) {
            row.createCell(i).setCellValue(values.get(i));
        }
    }

    @Test
    void aBiggerDirtierUtf8FileWithDuplicatesMatchesItsTruthToTheCent() throws Exception {
        loadsGeneratedFileAsItsTruthSays("cli_utf8", StandardCharsets.UTF_8, true);
    }

    @Test
    void aGb18030FileWithNamesOutsideGbkMatchesItsTruthToTheCent() throws Exception {
        loadsGeneratedFileAsItsTruthSays("cli_gb18030", Charset.forName("GB18030"), false);
        try (var connection = CliFixture.connect(); var statement = connection.createStatement();
             var rows = statement.executeQuery("select count(*) from cli_gb18030.patient where name like '%䶮%'")) {
            rows.next();
            assertThat(rows.getLong(1)).as("names with U+4DAE survive GB18030 decoding").isPositive();
        }
    }

    private void loadsGeneratedFileAsItsTruthSays(String schema, Charset charset, boolean bom) throws Exception {
        String target = CliFixture.schemaWithTable(schema);
        Path source = dir.resolve("patients.csv");
        LegacyPatientFiles.Truth truth = LegacyPatientFiles.write(source,
                LegacyPatientFiles.Options.dirtier(20_000, 7, charset, bom));
        Path report = dir.resolve("report.json");

        CliFixture.Result result = run("--plan", CliFixture.PLAN.toString(), "--source", source.toString(),
                "--encoding", "auto", "--target", target, "--mode", "FULL", "--report", report.toString(),
                "--rejects", dir.resolve("rejects.xlsx").toString());

        JsonNode json = json(report);
        assertThat(result.exitCode()).as(result.err()).isEqualTo(MigrateCommand.NOT_RECONCILED);
        assertThat(rejected(json)).isEqualTo(truth.rejected());
        assertThat(truth.duplicates()).isNotEmpty();
        assertThat(json.get("counts").get("duplicatesRemoved").asLong()).isEqualTo(truth.duplicates().size());
        assertThat(json.get("counts").get("loaded").asLong()).isEqualTo(truth.clean());
        assertThat(json.get("reconciliation").get("passed").asBoolean()).isTrue();
        assertThat(json.get("reconciliation").get("sums").get(0).get("target").asString())
                .isEqualTo(truth.balanceTotal().toPlainString());
        assertThat(CliFixture.balanceSum(schema)).isEqualByComparingTo(truth.balanceTotal());
        assertThat(CliFixture.rowCount(schema)).isEqualTo(truth.clean());
        assertThat(Files.size(dir.resolve("rejects.xlsx"))).isPositive();
    }

    @Test
    void aCleanFileReconcilesExactlyAndExitsZero() throws Exception {
        String target = CliFixture.schemaWithTable("cli_clean");
        Path source = dir.resolve("clean.csv");
        LegacyPatientFiles.Truth truth = LegacyPatientFiles.write(source, new LegacyPatientFiles.Options(
                3_000, 11, Charset.forName("GBK"), false, 0, 0, false));

        CliFixture.Result result = run("--plan", CliFixture.PLAN.toString(), "--source", source.toString(),
                "--target", target, "--mode", "FULL", "--report", dir.resolve("report.json").toString());

        assertThat(result.exitCode()).as(result.err()).isEqualTo(MigrateCommand.DONE);
        assertThat(json(dir.resolve("report.json")).get("reconciledExactly").asBoolean()).isTrue();
        assertThat(CliFixture.balanceSum("cli_clean")).isEqualByComparingTo(truth.balanceTotal());
    }

    @Test
    void aSampleRunProcessesRowsButCommitsNothing() throws Exception {
        String target = CliFixture.schemaWithTable("cli_sample_run");
        Path source = dir.resolve("patients.csv");
        LegacyPatientFiles.write(source, LegacyPatientFiles.Options.likeSample(5_000, 3));
        run("--plan", CliFixture.PLAN.toString(), "--source", CliFixture.SAMPLE.resolve("patients.csv").toString(),
                "--target", target, "--mode", "FULL", "--report", dir.resolve("full.json").toString());
        List<String> before = CliFixture.tableState("cli_sample_run");

        for (boolean random : new boolean[] {false, true}) {
            Path report = dir.resolve("sample-" + random + ".json");
            CliFixture.Result result = run(random
                    ? new String[] {"--plan", CliFixture.PLAN.toString(), "--source", source.toString(), "--target",
                            target, "--mode", "SAMPLE", "--sample", "200", "--random", "--report", report.toString()}
                    : new String[] {"--plan", CliFixture.PLAN.toString(), "--source", source.toString(), "--target",
                            target, "--mode", "sample", "--sample", "200", "--report", report.toString()});

            JsonNode json = json(report);
            assertThat(json.get("outcome").asString()).as(result.err()).isEqualTo("SUCCEEDED");
            JsonNode counts = json.get("counts");
            assertThat(counts.get("rowsRead").asLong()).isEqualTo(200);
            assertThat(counts.get("loaded").asLong() + counts.get("rejected").asLong()
                    + counts.get("duplicatesRemoved").asLong()).isEqualTo(200);
            assertThat(json.get("preview")).isNotEmpty();
            assertThat(CliFixture.tableState("cli_sample_run")).isEqualTo(before);
        }
    }

    @Test
    void anIncrementalRunOfTheSameFileWritesNothingAndCountsEveryRowUnchanged() throws Exception {
        String target = CliFixture.schemaWithTable("cli_incremental");
        String[] args = {"--plan", CliFixture.PLAN.toString(), "--source",
                CliFixture.SAMPLE.resolve("patients.csv").toString(), "--target", target, "--mode", "INCREMENTAL",
                "--report", dir.resolve("report.json").toString()};
        run(args);
        List<String> first = CliFixture.tableState("cli_incremental");

        CliFixture.Result again = run(args);

        JsonNode counts = json(dir.resolve("report.json")).get("counts");
        assertThat(again.exitCode()).isEqualTo(MigrateCommand.NOT_RECONCILED);
        assertThat(counts.get("inserted").asLong()).isZero();
        assertThat(counts.get("updated").asLong()).isZero();
        assertThat(counts.get("unchanged").asLong()).isEqualTo(490);
        assertThat(CliFixture.tableState("cli_incremental")).isEqualTo(first);
    }

    @Test
    void aQueryDatasetReadsItsSourceDatabaseWithItsOwnCredentials() throws Exception {
        String target = CliFixture.schemaWithTable("cli_query");
        try (var connection = CliFixture.connect(); var statement = connection.createStatement()) {
            statement.execute("create table cli_query.legacy (id text, nm text, bal text)");
            statement.execute("insert into cli_query.legacy values ('P1', '张三', '1,234.50'), ('P2', ' ', '2'),"
                    + " ('P3', '李四', '0.01')");
        }
        Path plan = dir.resolve("query-plan.yaml");
        Files.writeString(plan, """
                plan: 查询迁移
                version: 2
                datasets:
                  - name: patients
                    critical: false
                    source: { query: "select id, nm, bal from cli_query.legacy order by id" }
                    target: { table: patient, key: [patient_no] }
                    cleaning: { trim: true, stripControl: true, dedupe: keep-first }
                    fields:
                      - { target: patient_no, source: id, required: true }
                      - { target: name, source: nm, required: true }
                      - { target: balance, source: bal, transforms: [ number ] }
                      - { target: source_system, constant: QUERY }
                    reconcile: { sums: [balance] }
                    spotChecks: 2
                """);
        Path report = dir.resolve("report.json");

        CliFixture.Result result = run("--plan", plan.toString(), "--source-url", CliFixture.url("cli_query"),
                "--target", target, "--mode", "FULL", "--report", report.toString());

        JsonNode json = json(report);
        assertThat(result.exitCode()).as(result.err()).isEqualTo(MigrateCommand.DONE); // not critical
        assertThat(json.get("counts").get("loaded").asLong()).isEqualTo(2);
        assertThat(rejected(json)).containsEntry(3L, "blank_required:nm");
        assertThat(json.get("sourceSha256").isNull()).isTrue();
        assertThat(CliFixture.balanceSum("cli_query")).isEqualByComparingTo("1234.51");
    }

    @Test
    void usageAndPlanErrorsExitTwoWithAMessage() throws Exception {
        assertThat(run("--plan").exitCode()).isEqualTo(MigrateCommand.ERROR);
        CliFixture.Result unknownMode = run("--plan", CliFixture.PLAN.toString(), "--source", "x.csv", "--target",
                "jdbc:postgresql://localhost/x", "--mode", "EVERYTHING", "--report", "r.json", "--lang", "en");
        assertThat(unknownMode.exitCode()).isEqualTo(MigrateCommand.ERROR);
        assertThat(unknownMode.err()).contains("Unknown mode EVERYTHING");

        Path badPlan = dir.resolve("plan.yaml");
        Files.writeString(badPlan, "plan: x\nversion: 1\ndatasets:\n  - name: p\n    fields: 3\n");
        CliFixture.Result plan = run("--plan", badPlan.toString(), "--source", badPlan.toString(), "--target",
                "jdbc:postgresql://localhost/x", "--mode", "FULL", "--report", dir.resolve("r.json").toString());
        assertThat(plan.exitCode()).isEqualTo(MigrateCommand.ERROR);
        assertThat(plan.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void aMissingTableOrAnUnreachableDatabaseFailsTheRunWithExitTwo() throws Exception {
        String noTable = CliFixture.emptySchema("cli_no_table");
        Path report = dir.resolve("report.json");
        CliFixture.Result missing = run("--plan", CliFixture.PLAN.toString(), "--source",
                CliFixture.SAMPLE.resolve("patients.csv").toString(), "--target", noTable, "--mode", "FULL",
                "--report", report.toString(), "--lang", "en");
        assertThat(missing.exitCode()).isEqualTo(MigrateCommand.ERROR);
        JsonNode json = json(report);
        assertThat(json.get("outcome").asString()).isEqualTo("FAILED");
        assertThat(json.get("failure").asString()).contains("patient").doesNotContain("\tat ", "Exception");
        assertThat(missing.err()).contains("patient");

        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        CliFixture.Result refused = run("--plan", CliFixture.PLAN.toString(), "--source",
                CliFixture.SAMPLE.resolve("patients.csv").toString(), "--target",
                "jdbc:postgresql://127.0.0.1:" + closedPort + "/nowhere", "--mode", "FULL", "--report",
                report.toString(), "--lang", "en");
        assertThat(refused.exitCode()).isEqualTo(MigrateCommand.ERROR);
        assertThat(json(report).get("failure").asString())
                .contains("Cannot connect to the target database", String.valueOf(closedPort));
    }

    @Test
    void theSampleBalanceIsTheTruthsToTheCent() {
        assertThat(new BigDecimal("11753912.93")).isEqualByComparingTo(
                json(CliFixture.SAMPLE.resolve("truth.json")).get("balance_total").asString());
    }
}
