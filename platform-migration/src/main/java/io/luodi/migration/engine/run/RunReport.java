package io.luodi.migration.engine.run;

import io.luodi.migration.engine.load.Reconciliation;
import io.luodi.migration.engine.plan.RunMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a run did: the counts, the reconciliation, and for people to look at a preview (SAMPLE) or the spot-check
 * records (FULL). Rejected rows went to the {@link RunListener} one by one; here is their number.
 *
 * @param sourceSha256 hex SHA-256 of the source file, null for a query source
 * @param reconciliation null for a run that did not finish
 * @param preview SAMPLE runs: up to 50 target rows as they would be loaded (column → value), else empty
 * @param spotChecks FULL runs: the dataset's number of random key records, source and target side by side
 * @param failure for a FAILED run, what went wrong in words a user can act on; else null
 */
public record RunReport(String plan, int planVersion, String dataset, RunMode mode, Outcome outcome,
                        String sourceName, String sourceSha256, String encoding, Instant startedAt,
                        Instant finishedAt, long rowsRead, long inserted, long updated, long unchanged,
                        long rejected, long duplicatesRemoved, Reconciliation reconciliation,
                        List<Map<String, Object>> preview, List<SpotCheckRecord> spotChecks, String failure) {

    public enum Outcome { SUCCEEDED, FAILED, CANCELLED }

    /**
     * @param key the key columns' values joined by {@code |}
     * @param source the source row as read (source column → value)
     * @param target the target row as loaded (target column → value)
     */
    public record SpotCheckRecord(String key, Map<String, String> source, Map<String, Object> target) {
    }

    /** A critical dataset passes only with a passed reconciliation and no rejected row. */
    public boolean reconciledExactly() {
        return outcome == Outcome.SUCCEEDED && reconciliation != null && reconciliation.passed() && rejected == 0;
    }
}
