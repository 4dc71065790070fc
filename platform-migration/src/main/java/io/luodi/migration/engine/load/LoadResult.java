package io.luodi.migration.engine.load;

import java.util.List;
import java.util.Map;

/**
 * What a load did to the target (or, for a SAMPLE, would have done: the counts and the reconciliation are real,
 * but the transaction was rolled back).
 *
 * @param duplicatesRemoved rows dropped because an earlier (keep first) or later (keep last) row had the key
 * @param referenceRejected rows dropped because a reference-checked value is not in its referenced table; each went
 *                          to the rejection consumer
 * @param preview SAMPLE: up to 50 target rows as the load left them before rolling back (column → value, all the
 *                table's columns in table order), in source order; empty otherwise
 */
public record LoadResult(long inserted, long updated, long unchanged, long duplicatesRemoved, long referenceRejected,
                         Reconciliation reconciliation, List<Map<String, Object>> preview) {

    public LoadResult {
        preview = List.copyOf(preview);
    }
}
