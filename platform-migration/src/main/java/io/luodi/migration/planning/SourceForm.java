package io.luodi.migration.planning;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * Overrides of what detection found in a dataset's file; blank leaves it to detection.
 *
 * @param delimiter one character, or {@code TAB}
 */
public record SourceForm(int planVersion, @Size(max = 40) String encoding, @Size(max = 3) String delimiter,
                         @Min(0) @Max(1000) Integer headerRow) {
}
