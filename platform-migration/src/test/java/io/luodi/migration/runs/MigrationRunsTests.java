package io.luodi.migration.runs;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.testing.ProjectFixture;
import io.luodi.core.testing.ProjectFixture.TestProject;
import io.luodi.migration.MigrationProperties;
import io.luodi.migration.engine.plan.RunMode;
import io.luodi.migration.engine.process.Rejection;
import io.luodi.migration.engine.run.RunProgress;
import io.luodi.migration.engine.run.RunReport;
import io.luodi.migration.planning.MigrationPlans;
import io.luodi.migration.planning.PlanForm;
import io.luodi.testsupport.WithPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Runs against the real database: one queued or running run per dataset, held by the database itself; runs a
 * stopped application left behind marked failed as interrupted; a cancel reaching the engine between rows, with
 * the rejected rows written so far kept.
 */
@SpringBootTest
@WithPostgres
class MigrationRunsTests {

    @Autowired
    ProjectFixture fixture;
    @Autowired
    MigrationPlans plans;
    @Autowired
    RunRecorder recorder;
    @Autowired
    RejectedRows rejectedRows;
    @Autowired
    InterruptedRuns interruptedRuns;
    @Autowired
    MigrationProperties properties;
    @Autowired
    JdbcTemplate jdbc;

    private long[] dataset(TestProject project) {
        long plan = plans.create(project.access(project.consultant()), new PlanForm("方案 " + System.nanoTime()));
        long dataset = plans.addFileDataset(project.access(project.consultant()), plan, "patients",
                new MockMultipartFile("file", "患者.csv", "text/csv",
                        "病人编号,姓名\nP1,张三\n".getBytes(StandardCharsets.UTF_8)));
        return new long[]{plan, dataset};
    }

    private MigrationRun queued(TestProject project, long[] ids) {
        return new MigrationRun(project.id(), ids[0], ids[1], 2, RunMode.FULL, null, false, "患者.csv", "0".repeat(64),
                "tester", Instant.now());
    }

    private String status(long run) {
        return jdbc.queryForObject("SELECT status FROM migration_run WHERE id = ?", String.class, run);
    }

    @Test
    void aDatasetHasOneQueuedOrRunningRunAtATimeAndTheDatabaseHoldsToIt() {
        TestProject project = fixture.create();
        long[] ids = dataset(project);
        long first = recorder.queue(queued(project, ids), "patients");

        assertThatThrownBy(() -> recorder.queue(queued(project, ids), "patients"))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("migration.run.busy");
        recorder.start(first);
        assertThatThrownBy(() -> recorder.queue(queued(project, ids), "patients"))
                .isInstanceOf(BusinessRuleException.class);

        recorder.fail(first, "test");
        long second = recorder.queue(queued(project, ids), "patients");
        assertThat(status(second)).isEqualTo("QUEUED");
    }

    @Test
    void runsLeftUnfinishedByAStoppedApplicationAreFailedAsInterruptedAndTheDatasetCanRunAgain() {
        TestProject project = fixture.create();
        long[] ids = dataset(project);
        long run = recorder.queue(queued(project, ids), "patients");
        recorder.start(run);

        interruptedRuns.markInterrupted();

        assertThat(jdbc.queryForMap("SELECT status, failure, finished_at IS NOT NULL AS ended FROM migration_run "
                + "WHERE id = ?", run)).containsEntry("status", "FAILED").containsEntry("failure", "interrupted")
                .containsEntry("ended", true);
        assertThat(status(recorder.queue(queued(project, ids), "patients"))).isEqualTo("QUEUED");
    }

    @Test
    void aCancelReachesTheEngineBetweenRowsAndTheRejectsSoFarAreKept() throws Exception {
        TestProject project = fixture.create();
        long[] ids = dataset(project);
        long run = recorder.queue(queued(project, ids), "patients");
        MigrationEngine slowEngine = (request, listener, locale) -> {
            Instant started = Instant.now();
            long rows = 0;
            while (!listener.cancelRequested()) {
                rows++;
                if (rows <= 1200) {
                    listener.rejected(new Rejection(rows + 1, "姓名", "", "blank_required"));
                }
                listener.progress(new RunProgress(rows, rows, 1_000_000, 1000, Duration.ofSeconds(5)));
                sleep();
                if (Duration.between(started, Instant.now()).toSeconds() > 20) {
                    throw new IllegalStateException("never cancelled");
                }
            }
            return new RunReport("p", 2, "patients", RunMode.FULL, RunReport.Outcome.CANCELLED, "患者.csv", null,
                    "UTF-8", started, Instant.now(), rows, 0, 0, 0, Math.min(rows, 1200), 0, null, List.of(),
                    List.of(), null);
        };
        RunExecutor executor = new RunExecutor(slowEngine, recorder, rejectedRows, properties);
        try {
            executor.submit(run, null, java.util.Locale.SIMPLIFIED_CHINESE);
            Instant deadline = Instant.now().plusSeconds(10);
            while (Instant.now().isBefore(deadline) && jdbc.queryForObject(
                    "SELECT rows_done FROM migration_run WHERE id = ?", Long.class, run) < 1100) {
                Thread.sleep(50);
            }
            executor.cancel(run);
            deadline = Instant.now().plusSeconds(10);
            while (Instant.now().isBefore(deadline) && !status(run).equals("CANCELLED")) {
                Thread.sleep(50);
            }
        } finally {
            executor.destroy();
        }
        assertThat(status(run)).isEqualTo("CANCELLED");
        assertThat(jdbc.queryForObject("SELECT cancel_requested FROM migration_run WHERE id = ?", Boolean.class, run))
                .isTrue();
        long reported = jdbc.queryForObject("SELECT rejected FROM migration_run WHERE id = ?", Long.class, run);
        assertThat(reported).isGreaterThan(1000);
        assertThat(rejectedRows.count(run)).isEqualTo(reported);
        assertThat(rejectedRows.page(run, 0, 2)).extracting(Rejection::line).containsExactly(2L, 3L);
    }

    private static void sleep() {
        try {
            Thread.sleep(0, 200_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
