package io.luodi.migration.engine.plan;

import java.util.List;

/**
 * One kind of record to migrate (patients, drug stock, fee details, ...).
 *
 * @param critical a critical dataset must reconcile exactly, and every spot check be confirmed, before sign-off;
 *                 the command line exits non-zero when one fails reconciliation
 * @param fields the target columns written, in this order; each names its source column(s) or a constant
 * @param reconcileSums target columns whose sums are compared between source and target (fee totals, balances)
 * @param spotChecks how many random key records a FULL run offers for side-by-side confirmation
 * @param watermark for INCREMENTAL runs, the target column whose larger value marks a changed row; null compares
 *                  a hash of each row's values instead
 */
public record DatasetPlan(String name, boolean critical, SourceSpec source, TargetSpec target, Cleaning cleaning,
                          List<FieldMapping> fields, List<String> reconcileSums, int spotChecks, String watermark) {

    public DatasetPlan {
        fields = List.copyOf(fields);
        reconcileSums = List.copyOf(reconcileSums);
    }
}
