package io.luodi.migration.planning;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A dataset read with a SELECT on a source database of the project's environments. */
public record QueryDatasetForm(@NotBlank @Size(max = 100) String name, @NotNull Long sourceComponent,
                               @NotBlank @Size(max = 20_000) String query) {

    public static QueryDatasetForm blank() {
        return new QueryDatasetForm("", null, "");
    }
}
