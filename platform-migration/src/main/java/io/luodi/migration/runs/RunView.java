package io.luodi.migration.runs;

import io.luodi.migration.engine.plan.RunMode;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A run as its page and progress bar read it.
 *
 * @param percent share of the source read, 0-100, or -1 when the size is unknown
 * @param failure what went wrong, or {@code interrupted} for a run the application stopped under
 */
public record RunView(long id, long planId, long datasetId, String datasetName, int planVersion, RunMode mode,
                      Integer sampleSize, boolean randomSample, RunStatus status, boolean cancelRequested,
                      String startedBy, Instant queuedAt, Instant startedAt, Instant finishedAt, String sourceName,
                      String sourceSha256, String encoding, long rowsDone, int percent, double rowsPerSecond,
                      Long etaSeconds, Long rowsRead, Long inserted, Long updated, Long unchanged, Long rejected,
                      Long duplicatesRemoved, Boolean reconciled, Boolean reconciledExactly,
                      ReconciliationView reconciliation, List<Map<String, String>> preview, String failure,
                      long spotChecks, long spotChecksConfirmed) {

    public static final String INTERRUPTED = "interrupted";

    public boolean finished() {
        return status.finished();
    }

    public boolean interrupted() {
        return INTERRUPTED.equals(failure);
    }

    /** The preview's columns, in the order of its first row. */
    public List<String> previewColumns() {
        return preview.isEmpty() ? List.of() : List.copyOf(preview.get(0).keySet());
    }

    /** Whole rows per second, for people. */
    public long speed() {
        return Math.round(rowsPerSecond);
    }
}
