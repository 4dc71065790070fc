package io.luodi.migration.engine.cli;

import io.luodi.migration.engine.bench.LegacyPatientFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kill -9} of the command's JVM in the middle of a FULL run, then the same run again: the target must end
 * exactly as after one clean run — nothing duplicated, nothing lost — and in between hold what it held before.
 */
class MigrateCommandCrashTests {

    @TempDir
    Path dir;

    @Test
    void aRunKilledMidwayLeavesTheTargetAsItWasAndARerunEqualsOneCleanRun() throws Exception {
        Path source = dir.resolve("patients.csv");
        LegacyPatientFiles.write(source, LegacyPatientFiles.Options.dirtier(150_000, 99,
                java.nio.charset.Charset.forName("GBK"), false));

        String clean = CliFixture.schemaWithTable("cli_crash_clean");
        CliFixture.Result once = CliFixture.run(args(source, clean, dir.resolve("clean.json")));
        assertThat(once.exitCode()).as(once.err()).isEqualTo(MigrateCommand.NOT_RECONCILED);
        List<String> oneCleanRun = CliFixture.tableState("cli_crash_clean");

        String target = CliFixture.schemaWithTable("cli_crash");
        CliFixture.run("--plan", CliFixture.PLAN.toString(), "--source",
                CliFixture.SAMPLE.resolve("patients.csv").toString(), "--target", target, "--mode", "FULL",
                "--report", dir.resolve("before.json").toString());
        List<String> before = CliFixture.tableState("cli_crash");

        Process command = start(args(source, target, dir.resolve("killed.json")));
        List<String> progress = new ArrayList<>();
        try (BufferedReader err = new BufferedReader(
                new InputStreamReader(command.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = err.readLine()) != null; ) {
                progress.add(line);
                if (line.contains("%")) {
                    break; // rows are streaming into the staging table now
                }
            }
            command.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback from the client
            command.waitFor();
        }
        assertThat(progress).as("the command printed progress before it was killed")
                .anyMatch(line -> line.contains("%"));
        assertThat(command.exitValue()).isEqualTo(137);
        assertThat(CliFixture.tableState("cli_crash")).isEqualTo(before);

        CliFixture.Result rerun = CliFixture.run(args(source, target, dir.resolve("rerun.json")));
        assertThat(rerun.exitCode()).as(rerun.err()).isEqualTo(MigrateCommand.NOT_RECONCILED);
        assertThat(CliFixture.tableState("cli_crash")).isEqualTo(oneCleanRun);
    }

    private static String[] args(Path source, String target, Path report) {
        return new String[] {"--plan", CliFixture.PLAN.toString(), "--source", source.toString(), "--target", target,
                "--mode", "FULL", "--report", report.toString()};
    }

    private static Process start(String[] args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), MigrateCommand.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(CliFixture.environment());
        return builder.start();
    }
}
