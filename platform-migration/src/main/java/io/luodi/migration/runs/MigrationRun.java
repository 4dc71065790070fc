package io.luodi.migration.runs;

import io.luodi.migration.engine.plan.RunMode;
import io.luodi.migration.engine.run.RunProgress;
import io.luodi.migration.engine.run.RunReport;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One run of a dataset, from queued to its outcome: the plan version and source it used, its progress while it
 * runs, and what it did. Only one run of a dataset is queued or running at a time (a partial unique index says so).
 */
@Entity
@Table(name = "migration_run")
class MigrationRun {

    private static final int MAX_FAILURE = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long projectId;

    private long planId;

    private long datasetId;

    private int planVersion;

    @Enumerated(EnumType.STRING)
    private RunMode mode;

    private Integer sampleSize;

    private boolean randomSample;

    @Enumerated(EnumType.STRING)
    private RunStatus status;

    private boolean cancelRequested;

    private String startedBy;

    private Instant queuedAt;

    private Instant startedAt;

    private Instant finishedAt;

    private String sourceName;

    private String sourceSha256;

    private String encoding;

    private long rowsDone;

    private long position;

    private long size = -1;

    private double rowsPerSecond;

    private Long etaSeconds;

    private Long rowsRead;

    private Long inserted;

    private Long updated;

    private Long unchanged;

    private Long rejected;

    private Long duplicatesRemoved;

    private Boolean reconciled;

    private Boolean reconciledExactly;

    private String reconciliation;

    private String preview;

    private String failure;

    @jakarta.persistence.Version
    private long version;

    protected MigrationRun() {
    }

    MigrationRun(long projectId, long planId, long datasetId, int planVersion, RunMode mode, Integer sampleSize,
                 boolean randomSample, String sourceName, String sourceSha256, String startedBy, Instant queuedAt) {
        this.projectId = projectId;
        this.planId = planId;
        this.datasetId = datasetId;
        this.planVersion = planVersion;
        this.mode = mode;
        this.sampleSize = sampleSize;
        this.randomSample = randomSample;
        this.sourceName = sourceName;
        this.sourceSha256 = sourceSha256;
        this.startedBy = startedBy;
        this.queuedAt = queuedAt;
        this.status = RunStatus.QUEUED;
    }

    boolean start(Instant at) {
        if (status != RunStatus.QUEUED) {
            return false;
        }
        status = RunStatus.RUNNING;
        startedAt = at;
        return true;
    }

    void progress(RunProgress progress) {
        rowsDone = progress.rowsRead();
        position = progress.position();
        size = progress.size();
        rowsPerSecond = progress.rowsPerSecond();
        etaSeconds = progress.eta() == null ? null : progress.eta().toSeconds();
    }

    void requestCancel() {
        if (!status.finished()) {
            cancelRequested = true;
        }
    }

    /** What the engine reported; reconciliation and preview come as JSON made by the recorder. */
    void finish(RunReport report, String reconciliationJson, String previewJson, Instant at) {
        status = switch (report.outcome()) {
            case SUCCEEDED -> RunStatus.SUCCEEDED;
            case FAILED -> RunStatus.FAILED;
            case CANCELLED -> RunStatus.CANCELLED;
        };
        if (report.sourceName() != null) {
            sourceName = report.sourceName();
        }
        if (report.sourceSha256() != null) {
            sourceSha256 = report.sourceSha256();
        }
        encoding = report.encoding();
        rowsRead = report.rowsRead();
        rowsDone = report.rowsRead();
        inserted = report.inserted();
        updated = report.updated();
        unchanged = report.unchanged();
        rejected = report.rejected();
        duplicatesRemoved = report.duplicatesRemoved();
        reconciled = report.reconciliation() == null ? null : report.reconciliation().passed();
        reconciledExactly = report.reconciledExactly();
        reconciliation = reconciliationJson;
        preview = previewJson;
        failure = truncate(report.failure());
        finishedAt = at;
        if (status == RunStatus.SUCCEEDED) {
            position = size;
            etaSeconds = 0L;
        }
    }

    /** Ended without a report: the engine threw, or the application stopped while it ran. */
    void fail(String why, Instant at) {
        if (status.finished()) {
            return;
        }
        status = RunStatus.FAILED;
        failure = truncate(why);
        finishedAt = at;
    }

    private static String truncate(String text) {
        return text == null || text.length() <= MAX_FAILURE ? text : text.substring(0, MAX_FAILURE);
    }

    Long getId() {
        return id;
    }

    long getProjectId() {
        return projectId;
    }

    long getPlanId() {
        return planId;
    }

    long getDatasetId() {
        return datasetId;
    }

    int getPlanVersion() {
        return planVersion;
    }

    RunMode getMode() {
        return mode;
    }

    Integer getSampleSize() {
        return sampleSize;
    }

    boolean isRandomSample() {
        return randomSample;
    }

    RunStatus getStatus() {
        return status;
    }

    boolean isCancelRequested() {
        return cancelRequested;
    }

    String getStartedBy() {
        return startedBy;
    }

    Instant getQueuedAt() {
        return queuedAt;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    Instant getFinishedAt() {
        return finishedAt;
    }

    String getSourceName() {
        return sourceName;
    }

    String getSourceSha256() {
        return sourceSha256;
    }

    String getEncoding() {
        return encoding;
    }

    long getRowsDone() {
        return rowsDone;
    }

    long getPosition() {
        return position;
    }

    long getSize() {
        return size;
    }

    double getRowsPerSecond() {
        return rowsPerSecond;
    }

    Long getEtaSeconds() {
        return etaSeconds;
    }

    Long getRowsRead() {
        return rowsRead;
    }

    Long getInserted() {
        return inserted;
    }

    Long getUpdated() {
        return updated;
    }

    Long getUnchanged() {
        return unchanged;
    }

    Long getRejected() {
        return rejected;
    }

    Long getDuplicatesRemoved() {
        return duplicatesRemoved;
    }

    Boolean getReconciled() {
        return reconciled;
    }

    Boolean getReconciledExactly() {
        return reconciledExactly;
    }

    String getReconciliation() {
        return reconciliation;
    }

    String getPreview() {
        return preview;
    }

    String getFailure() {
        return failure;
    }
}
