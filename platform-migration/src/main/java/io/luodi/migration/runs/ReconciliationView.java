package io.luodi.migration.runs;

import io.luodi.migration.engine.load.Reconciliation;

import java.util.List;

/**
 * A run's reconciliation as kept with the run and shown on its page: counts, sums and missing keys on both sides,
 * with the pass or fail of each.
 */
public record ReconciliationView(long sourceRows, long targetRows, long sourceDistinctKeys, long targetDistinctKeys,
                                 List<Sum> sums, long missingInTargetCount, List<String> missingInTarget,
                                 long missingInSourceCount, List<String> missingInSource, boolean passed) {

    /** One summed column; amounts as exact decimal text. */
    public record Sum(String column, String source, String target, boolean matches) {
    }

    static ReconciliationView of(Reconciliation r) {
        return new ReconciliationView(r.sourceRows(), r.targetRows(), r.sourceDistinctKeys(), r.targetDistinctKeys(),
                r.sums().stream().map(s -> new Sum(s.column(), s.source() == null ? null : s.source().toPlainString(),
                        s.target() == null ? null : s.target().toPlainString(), s.matches())).toList(),
                r.missingInTargetCount(), r.missingInTarget(), r.missingInSourceCount(), r.missingInSource(),
                r.passed());
    }

    public boolean rowsMatch() {
        return sourceRows == targetRows;
    }

    public boolean keysMatch() {
        return sourceDistinctKeys == targetDistinctKeys;
    }

    /** The chart's bar lengths: each count as a share (0-100) of the larger of source and target. */
    public int sourceBar() {
        return bar(sourceRows, Math.max(sourceRows, targetRows));
    }

    public int targetBar() {
        return bar(targetRows, Math.max(sourceRows, targetRows));
    }

    public int sourceKeysBar() {
        return bar(sourceDistinctKeys, Math.max(sourceDistinctKeys, targetDistinctKeys));
    }

    public int targetKeysBar() {
        return bar(targetDistinctKeys, Math.max(sourceDistinctKeys, targetDistinctKeys));
    }

    private static int bar(long value, long max) {
        return max <= 0 ? 0 : (int) Math.max(value > 0 ? 1 : 0, value * 100 / max);
    }
}
