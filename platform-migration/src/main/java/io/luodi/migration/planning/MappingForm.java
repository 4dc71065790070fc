package io.luodi.migration.planning;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * The mapping table of a dataset: one row per target column. A row without a source column or a constant leaves
 * its column unmapped.
 */
public record MappingForm(int planVersion, List<@Valid Row> fields) {

    public MappingForm {
        fields = fields == null ? List.of() : fields;
    }

    /**
     * @param sources source columns picked from the detected header
     * @param sourceText source columns typed, separated by commas (for a query source, whose header is not known
     *                   before it runs)
     * @param transforms one step a line (see the user guide)
     * @param validations one check a line
     */
    public record Row(@Size(max = 200) String target, List<String> sources, @Size(max = 1000) String sourceText,
                      @Size(max = 1000) String constant, Boolean required, @Min(1) @Max(1_000_000) Integer maxLength,
                      @Size(max = 4000) String transforms, @Size(max = 4000) String validations) {

        public Row {
            sources = sources == null ? List.of() : sources;
        }
    }
}
