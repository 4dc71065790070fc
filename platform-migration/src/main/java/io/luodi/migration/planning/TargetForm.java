package io.luodi.migration.planning;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A dataset's target and what goes with it: the database component and table, the key (blank: the table's
 * primary key), the critical flag, spot checks, reconciled sums, watermark and cleaning.
 *
 * @param key target columns separated by commas
 * @param reconcileSums target columns separated by commas
 * @param dedupe {@code KEEP_FIRST}, {@code KEEP_LAST} or blank to keep duplicates
 */
public record TargetForm(int planVersion, @NotNull Long targetComponent, @NotBlank @Size(max = 200) String table,
                         @Size(max = 500) String key, Boolean critical, @Min(0) @Max(200) Integer spotChecks,
                         @Size(max = 1000) String reconcileSums, @Size(max = 200) String watermark, Boolean trim,
                         Boolean stripControl, Boolean fullWidthToHalf, String dedupe) {
}
