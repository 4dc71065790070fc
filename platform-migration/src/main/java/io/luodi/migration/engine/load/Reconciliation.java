package io.luodi.migration.engine.load;

import java.math.BigDecimal;
import java.util.List;

/**
 * Source against target after a run. "Source" is what the run decided to load: the rows read, less rejected rows
 * and removed duplicates.
 *
 * @param sourceRows rows the source contributes after rejects and duplicates
 * @param targetRows rows of the target that belong to the run (FULL: the whole table; INCREMENTAL: the run's keys)
 * @param missingInTarget up to 1,000 keys (columns joined by {@code |}) the source has and the target lacks
 * @param missingInSource up to 1,000 keys the target has and the source lacks (FULL only)
 */
public record Reconciliation(long sourceRows, long targetRows, long sourceDistinctKeys, long targetDistinctKeys,
                             List<SumCheck> sums, long missingInTargetCount, List<String> missingInTarget,
                             long missingInSourceCount, List<String> missingInSource) {

    public Reconciliation {
        sums = List.copyOf(sums);
        missingInTarget = List.copyOf(missingInTarget);
        missingInSource = List.copyOf(missingInSource);
    }

    /** One summed column on both sides. */
    public record SumCheck(String column, BigDecimal source, BigDecimal target) {
        public boolean matches() {
            return source == null ? target == null : target != null && source.compareTo(target) == 0;
        }
    }

    public boolean passed() {
        return sourceRows == targetRows && sourceDistinctKeys == targetDistinctKeys
                && missingInTargetCount == 0 && missingInSourceCount == 0
                && sums.stream().allMatch(SumCheck::matches);
    }
}
