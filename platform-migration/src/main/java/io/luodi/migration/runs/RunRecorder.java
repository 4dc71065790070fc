package io.luodi.migration.runs;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.audit.AuditAction;
import io.luodi.core.audit.AuditLog;
import io.luodi.migration.engine.run.RunProgress;
import io.luodi.migration.engine.run.RunReport;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a run's steps, each in its own transaction so the page polling it sees every one: queued (refused while
 * another run of the dataset is queued or running), started, its progress, and its outcome with the reconciliation,
 * the SAMPLE preview and the FULL run's spot checks. Queuing and the outcome are audited.
 */
@Component
class RunRecorder {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final MigrationRunRepository runs;
    private final SpotCheckRepository spotChecks;
    private final AuditLog audit;
    private final Clock clock;

    RunRecorder(MigrationRunRepository runs, SpotCheckRepository spotChecks, AuditLog audit, Clock clock) {
        this.runs = runs;
        this.spotChecks = spotChecks;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    long queue(MigrationRun run, String datasetName) {
        try {
            runs.saveAndFlush(run);
        } catch (DataIntegrityViolationException busy) {
            throw new BusinessRuleException("migration.run.busy", datasetName);
        }
        audit.record(AuditAction.CREATE, "migration-run", run.getId(), run.getProjectId(),
                run.getMode() + " " + datasetName + " plan v" + run.getPlanVersion()
                        + (run.getSourceSha256() == null ? "" : " sha256 " + run.getSourceSha256()));
        return run.getId();
    }

    @Transactional
    boolean start(long runId) {
        return runs.findById(runId).map(run -> run.start(clock.instant())).orElse(false);
    }

    /** @return whether a cancel was requested meanwhile (by this or another server) */
    @Transactional
    boolean progress(long runId, RunProgress progress) {
        MigrationRun run = runs.findById(runId).orElseThrow();
        run.progress(progress);
        return run.isCancelRequested();
    }

    @Transactional
    void requestCancel(long runId) {
        runs.findById(runId).ifPresent(MigrationRun::requestCancel);
    }

    @Transactional
    void finish(long runId, RunReport report) {
        MigrationRun run = runs.findById(runId).orElseThrow();
        String reconciliation = report.reconciliation() == null ? null
                : JSON.writeValueAsString(ReconciliationView.of(report.reconciliation()));
        String preview = report.preview().isEmpty() ? null : JSON.writeValueAsString(report.preview().stream()
                .map(RunRecorder::texts).toList());
        run.finish(report, reconciliation, preview, clock.instant());
        int ordinal = 0;
        for (RunReport.SpotCheckRecord record : report.spotChecks()) {
            spotChecks.save(new SpotCheck(runId, ++ordinal, record.key(), JSON.writeValueAsString(record.source()),
                    JSON.writeValueAsString(texts(record.target()))));
        }
        audit.record(AuditAction.UPDATE, "migration-run", runId, run.getProjectId(), run.getStatus() + " read "
                + report.rowsRead() + ", inserted " + report.inserted() + ", updated " + report.updated()
                + ", unchanged " + report.unchanged() + ", rejected " + report.rejected() + ", reconciled "
                + run.getReconciled());
    }

    @Transactional
    void fail(long runId, String why) {
        runs.findById(runId).ifPresent(run -> {
            run.fail(why, clock.instant());
            audit.record(AuditAction.UPDATE, "migration-run", runId, run.getProjectId(), "FAILED " + why);
        });
    }

    /** Values as text in their column order: dates and decimals as the database would print them. */
    static Map<String, String> texts(Map<String, ?> row) {
        Map<String, String> texts = new LinkedHashMap<>();
        row.forEach((column, value) -> texts.put(column, text(value)));
        return texts;
    }

    /** A date-time as people write it (a space, not ISO's T); decimals without exponent. */
    private static String text(Object value) {
        if (value instanceof java.time.LocalDateTime moment) {
            return moment.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        }
        if (value instanceof java.math.BigDecimal number) {
            return number.toPlainString();
        }
        return value == null ? null : Objects.toString(value);
    }

    static List<Map<String, String>> previewOf(String json) {
        if (json == null) {
            return List.of();
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (var node : JSON.readTree(json)) {
            Map<String, String> row = new LinkedHashMap<>();
            node.properties().forEach(e -> row.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asString()));
            rows.add(row);
        }
        return rows;
    }

    static Map<String, String> mapOf(String json) {
        Map<String, String> row = new LinkedHashMap<>();
        JSON.readTree(json).properties().forEach(e -> row.put(e.getKey(),
                e.getValue().isNull() ? null : e.getValue().asString()));
        return row;
    }

    static ReconciliationView reconciliationOf(String json) {
        return json == null ? null : JSON.readValue(json, ReconciliationView.class);
    }
}
