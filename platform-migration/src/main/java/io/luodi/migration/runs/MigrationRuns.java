package io.luodi.migration.runs;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.ForbiddenException;
import io.luodi.core.NotFoundException;
import io.luodi.core.audit.AuditAction;
import io.luodi.core.audit.AuditLog;
import io.luodi.core.export.ExportedFile;
import io.luodi.core.project.ProjectAccess;
import io.luodi.migration.MigrationProperties;
import io.luodi.migration.engine.plan.DatasetPlan;
import io.luodi.migration.engine.plan.FieldMapping;
import io.luodi.migration.engine.plan.MigrationPlan;
import io.luodi.migration.engine.plan.RunMode;
import io.luodi.migration.engine.process.Rejection;
import io.luodi.migration.engine.rejects.RejectedRowsCsv;
import io.luodi.migration.engine.rejects.RejectedRowsWriter;
import io.luodi.migration.engine.rejects.RejectedRowsXlsx;
import io.luodi.migration.engine.text.Texts;
import io.luodi.migration.engine.run.Jdbc;
import io.luodi.migration.engine.run.RunRequest;
import io.luodi.migration.planning.DatasetView;
import io.luodi.migration.planning.MigrationDatabases;
import io.luodi.migration.planning.MigrationPlans;
import io.luodi.migration.planning.PlanView;
import io.luodi.migration.planning.ProjectDataset;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Runs of a project's datasets: starting one in the background (only the implementer's staff), following and
 * cancelling it, its rejected rows as pages and downloads, the spot checks of FULL runs that the customer's users
 * confirm or dispute, and the project manager's sign-off, which a critical dataset gets only after an exact
 * reconciliation and every spot check confirmed. Customers see the overview and spot checks of their own
 * projects; every other run page does not exist for them.
 */
@Service
@Transactional(readOnly = true)
public class MigrationRuns {

    private static final int RECENT = 20;

    private final MigrationRunRepository runs;
    private final SpotCheckRepository spotChecks;
    private final RejectedRows rejectedRows;
    private final RunRecorder recorder;
    private final RunExecutor executor;
    private final MigrationPlans plans;
    private final MigrationDatabases databases;
    private final MigrationProperties properties;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;

    MigrationRuns(MigrationRunRepository runs, SpotCheckRepository spotChecks, RejectedRows rejectedRows,
                  RunRecorder recorder, RunExecutor executor, MigrationPlans plans, MigrationDatabases databases,
                  MigrationProperties properties, MessageSource messages, AuditLog audit, Clock clock) {
        this.runs = runs;
        this.spotChecks = spotChecks;
        this.rejectedRows = rejectedRows;
        this.recorder = recorder;
        this.executor = executor;
        this.plans = plans;
        this.databases = databases;
        this.properties = properties;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** Queues a run of the dataset on the plan's current version and returns its id at once. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public long start(ProjectAccess access, long planId, long datasetId, RunForm form) {
        requireStaff(access);
        PlanView plan = plans.view(access, planId);
        DatasetView dataset = plans.dataset(access, planId, datasetId);
        DatasetPlan datasetPlan = plan.datasetPlan(dataset.name())
                .orElseThrow(() -> new NotFoundException("dataset " + datasetId + " in the current version"));
        if (datasetPlan.target().table() == null || datasetPlan.target().database() == null) {
            throw new BusinessRuleException("migration.run.noTarget");
        }
        if (datasetPlan.fields().isEmpty()) {
            throw new BusinessRuleException("migration.run.noFields");
        }
        Path file = null;
        Jdbc source = null;
        if (datasetPlan.source().isQuery()) {
            source = databases.jdbc(access, MigrationDatabases.componentId(datasetPlan.source().database()), false);
        } else {
            file = plans.sourceFile(access, planId, datasetId);
            if (file == null || !Files.isReadable(file)) {
                throw new BusinessRuleException("migration.run.noFile");
            }
        }
        Jdbc target = databases.jdbc(access, MigrationDatabases.componentId(datasetPlan.target().database()), true);
        int sampleSize = form.sampleSize() == null ? properties.runs().sampleSize() : form.sampleSize();
        MigrationPlan content = plan.plan();
        RunRequest request = new RunRequest(content, dataset.name(), form.mode(), sampleSize, form.random(),
                file, file == null ? null : dataset.fileName(), source, target);
        long runId = recorder.queue(new MigrationRun(access.projectId(), planId, datasetId, plan.currentVersion(),
                form.mode(), form.mode() == RunMode.SAMPLE ? sampleSize : null,
                form.mode() == RunMode.SAMPLE && form.random(), file == null ? null : dataset.fileName(),
                file == null ? null : dataset.fileSha256(), access.user().username(), clock.instant()),
                dataset.name());
        executor.submit(runId, request, LocaleContextHolder.getLocale());
        return runId;
    }

    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void cancel(ProjectAccess access, long runId) {
        requireStaff(access);
        MigrationRun run = run(access, runId);
        if (run.getStatus().finished()) {
            throw new BusinessRuleException("migration.run.alreadyFinished");
        }
        executor.cancel(runId);
        audit.recordSecurityEvent(AuditAction.UPDATE, access.user().username(), "migration-run", runId,
                access.projectId(), "cancel requested");
    }

    public RunView view(ProjectAccess access, long runId) {
        requireStaff(access);
        return view(run(access, runId), true);
    }

    /** The dataset's latest runs, newest first. */
    public List<RunView> recent(ProjectAccess access, long planId, long datasetId) {
        requireStaff(access);
        DatasetView dataset = plans.dataset(access, planId, datasetId);
        return runs.findByDatasetIdOrderByQueuedAtDescIdDesc(dataset.id(), PageRequest.of(0, RECENT)).stream()
                .map(run -> view(run, dataset.name(), false)).toList();
    }

    public long rejectedCount(ProjectAccess access, long runId) {
        requireStaff(access);
        return rejectedRows.count(run(access, runId).getId());
    }

    public List<Rejection> rejects(ProjectAccess access, long runId, int page, int size) {
        requireStaff(access);
        return rejectedRows.page(run(access, runId).getId(), Math.max(0, page), Math.min(Math.max(1, size), 200));
    }

    /** The rejected rows with their reasons in the reader's language, as a workbook the customer can fix from. */
    public ExportedFile rejectsXlsx(ProjectAccess access, long runId, Locale locale) {
        requireStaff(access);
        MigrationRun run = run(access, runId);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        write(run, new RejectedRowsXlsx(bytes, texts(locale)));
        exported(access, run, "xlsx");
        return ExportedFile.xlsx(fileName(run), bytes.toByteArray());
    }

    /** The same as CSV (the engine's writer: UTF-8 with a byte-order mark, so Excel opens the Chinese right). */
    public ExportedFile rejectsCsv(ProjectAccess access, long runId, Locale locale) {
        requireStaff(access);
        MigrationRun run = run(access, runId);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            write(run, new RejectedRowsCsv(bytes, texts(locale)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        exported(access, run, "csv");
        return new ExportedFile(fileName(run) + ".csv", "text/csv;charset=UTF-8", bytes.toByteArray());
    }

    /** Streams the stored rows through the engine's writer, the same files the command line writes. */
    private void write(MigrationRun run, RejectedRowsWriter writer) {
        try (writer) {
            rejectedRows.forEach(run.getId(), row -> {
                try {
                    writer.write(row);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The engine's texts from the application's message source, in the reader's language. */
    private Texts texts(Locale locale) {
        return (key, args) -> messages.getMessage(key, args, key, locale);
    }

    /**
     * A FULL run's spot checks, for everyone on the project: customers confirm them. Each target column stands
     * beside the source column(s) the run's plan version mapped it from.
     */
    public List<SpotCheckView> spotChecks(ProjectAccess access, long runId) {
        MigrationRun run = run(access, runId);
        if (run.getMode() != RunMode.FULL) {
            throw new NotFoundException("spot checks of run " + runId);
        }
        List<FieldMapping> fields = plans.version(access, run.getPlanId(), run.getPlanVersion()).datasets().stream()
                .filter(d -> d.name().equals(datasetName(run))).findFirst().map(DatasetPlan::fields)
                .orElse(List.of());
        return spotChecks.findByRunIdOrderByOrdinal(runId).stream().map(check -> view(check, fields)).toList();
    }

    /** The run's summary for the spot-check page, which customers see too. */
    public RunView summary(ProjectAccess access, long runId) {
        MigrationRun run = run(access, runId);
        if (run.getMode() != RunMode.FULL) {
            throw new NotFoundException("spot checks of run " + runId);
        }
        RunView full = view(run, false);
        return access.seesInternal() ? full : withoutFailureDetail(full);
    }

    /** The customer's business user confirms or disputes one record; who and when are kept, and audited. */
    @Transactional
    public void decide(ProjectAccess access, long runId, long spotCheckId, SpotCheckStatus decision,
                       String comment) {
        if (access.seesInternal()) {
            throw new ForbiddenException("spot checks are confirmed by the customer");
        }
        MigrationRun run = run(access, runId);
        SpotCheck check = spotChecks.findByIdAndRunId(spotCheckId, run.getId())
                .orElseThrow(() -> new NotFoundException("spot check " + spotCheckId));
        check.decide(decision, comment, access.user().displayName(), clock.instant());
        spotChecks.saveAndFlush(check);
        audit.record(AuditAction.UPDATE, "migration-spot-check", spotCheckId, access.projectId(),
                decision + " " + check.getRecordKey() + (check.getComment() == null ? "" : ": " + check.getComment()));
    }

    /**
     * The project manager signs the dataset off on its latest FULL run. Refused without a successful FULL run; for
     * a critical dataset also unless that run reconciled exactly and every one of its spot checks is confirmed.
     */
    @Transactional
    public void signOff(ProjectAccess access, long planId, long datasetId) {
        if (!access.canManage()) {
            throw new ForbiddenException("signing off datasets of project " + access.projectId());
        }
        DatasetView dataset = plans.dataset(access, planId, datasetId);
        MigrationRun full = runs.findFirstByDatasetIdAndModeOrderByQueuedAtDescIdDesc(datasetId, RunMode.FULL)
                .filter(run -> run.getStatus() == RunStatus.SUCCEEDED)
                .orElseThrow(() -> new BusinessRuleException("migration.signOff.noFullRun"));
        if (plans.isCritical(access, planId, dataset.name())) {
            if (!Boolean.TRUE.equals(full.getReconciledExactly())) {
                throw new BusinessRuleException("migration.signOff.notReconciled", full.getId());
            }
            long total = spotChecks.countByRunId(full.getId());
            long confirmed = spotChecks.countByRunIdAndStatus(full.getId(), SpotCheckStatus.CONFIRMED);
            if (confirmed < total) {
                throw new BusinessRuleException("migration.signOff.spotChecksOpen", total - confirmed, total);
            }
        }
        plans.recordSignOff(access, planId, datasetId, full.getId());
    }

    /** Every dataset of the project with its latest runs and sign-off: the page customers see too. */
    public List<DatasetStatus> overview(ProjectAccess access) {
        List<DatasetStatus> statuses = new ArrayList<>();
        for (ProjectDataset entry : plans.datasetsOfProject(access)) {
            DatasetView dataset = entry.dataset();
            Optional<MigrationRun> latest = runs.findByDatasetIdOrderByQueuedAtDescIdDesc(dataset.id(),
                    PageRequest.of(0, 1)).stream().findFirst();
            Optional<MigrationRun> full = runs.findFirstByDatasetIdAndModeOrderByQueuedAtDescIdDesc(dataset.id(),
                    RunMode.FULL);
            boolean internal = access.seesInternal();
            statuses.add(new DatasetStatus(entry.planName(), dataset, entry.critical(),
                    latest.map(run -> view(run, dataset.name(), false))
                            .map(view -> internal ? view : withoutFailureDetail(view)).orElse(null),
                    full.map(run -> view(run, dataset.name(), false))
                            .map(view -> internal ? view : withoutFailureDetail(view)).orElse(null)));
        }
        return statuses;
    }

    private RunView view(MigrationRun run, boolean withPreview) {
        return view(run, datasetName(run), withPreview);
    }

    private RunView view(MigrationRun run, String datasetName, boolean withPreview) {
        int percent = run.getSize() <= 0 ? -1 : (int) Math.min(100, run.getPosition() * 100 / run.getSize());
        if (run.getStatus() == RunStatus.SUCCEEDED) {
            percent = 100;
        }
        return new RunView(run.getId(), run.getPlanId(), run.getDatasetId(), datasetName, run.getPlanVersion(),
                run.getMode(), run.getSampleSize(), run.isRandomSample(), run.getStatus(), run.isCancelRequested(),
                run.getStartedBy(), run.getQueuedAt(), run.getStartedAt(), run.getFinishedAt(), run.getSourceName(),
                run.getSourceSha256(), run.getEncoding(), run.getRowsDone(), percent, run.getRowsPerSecond(),
                run.getEtaSeconds(), run.getRowsRead(), run.getInserted(), run.getUpdated(), run.getUnchanged(),
                run.getRejected(), run.getDuplicatesRemoved(), run.getReconciled(), run.getReconciledExactly(),
                RunRecorder.reconciliationOf(run.getReconciliation()),
                withPreview ? RunRecorder.previewOf(run.getPreview()) : List.of(), run.getFailure(),
                spotChecks.countByRunId(run.getId()),
                spotChecks.countByRunIdAndStatus(run.getId(), SpotCheckStatus.CONFIRMED));
    }

    private String datasetName(MigrationRun run) {
        return plans.datasetName(run.getDatasetId());
    }

    /** A failure's text may name servers and files; customers see only that it failed. */
    private static RunView withoutFailureDetail(RunView view) {
        return new RunView(view.id(), view.planId(), view.datasetId(), view.datasetName(), view.planVersion(),
                view.mode(), view.sampleSize(), view.randomSample(), view.status(), view.cancelRequested(),
                view.startedBy(), view.queuedAt(), view.startedAt(), view.finishedAt(), view.sourceName(),
                view.sourceSha256(), view.encoding(), view.rowsDone(), view.percent(), view.rowsPerSecond(),
                view.etaSeconds(), view.rowsRead(), view.inserted(), view.updated(), view.unchanged(),
                view.rejected(), view.duplicatesRemoved(), view.reconciled(), view.reconciledExactly(),
                view.reconciliation(), List.of(), null, view.spotChecks(), view.spotChecksConfirmed());
    }

    private static SpotCheckView view(SpotCheck check, List<FieldMapping> fields) {
        Map<String, String> source = RunRecorder.mapOf(check.getSourceJson());
        Map<String, String> target = RunRecorder.mapOf(check.getTargetJson());
        List<SpotCheckView.Pair> rows = new ArrayList<>();
        java.util.Set<String> shown = new java.util.HashSet<>();
        for (FieldMapping field : fields) {
            String sourceColumn = field.constant() != null ? null : String.join(" + ", field.sources());
            String sourceValue = field.constant() != null ? null : field.sources().stream()
                    .map(c -> source.getOrDefault(c, "")).collect(java.util.stream.Collectors.joining(" | "));
            shown.addAll(field.sources());
            shown.add("\0" + field.target());
            rows.add(new SpotCheckView.Pair(sourceColumn, sourceValue, field.target(), target.get(field.target())));
        }
        // Whatever the mapping did not name (a plan changed since, or unmapped source columns) still shows.
        target.forEach((column, value) -> {
            if (!shown.contains("\0" + column)) {
                rows.add(new SpotCheckView.Pair(null, null, column, value));
            }
        });
        source.forEach((column, value) -> {
            if (!shown.contains(column)) {
                rows.add(new SpotCheckView.Pair(column, value, null, null));
            }
        });
        return new SpotCheckView(check.getId(), check.getOrdinal(), check.getRecordKey(), rows, check.getStatus(),
                check.getComment(), check.getDecidedBy(), check.getDecidedAt());
    }

    private MigrationRun run(ProjectAccess access, long runId) {
        return runs.findByIdAndProjectId(runId, access.projectId())
                .orElseThrow(() -> new NotFoundException("migration run " + runId));
    }

    private void exported(ProjectAccess access, MigrationRun run, String format) {
        audit.recordSecurityEvent(AuditAction.EXPORT, access.user().username(), "migration-run", run.getId(),
                access.projectId(), "rejected rows as " + format);
    }

    private static String fileName(MigrationRun run) {
        return "rejected-rows-run-" + run.getId();
    }

    private static void requireStaff(ProjectAccess access) {
        if (!access.seesInternal()) {
            throw new NotFoundException("migration runs of project " + access.projectId());
        }
    }
}
