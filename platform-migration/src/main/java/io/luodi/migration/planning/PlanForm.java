package io.luodi.migration.planning;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new plan: just its name; datasets are added on its page. */
public record PlanForm(@NotBlank @Size(max = 100) String name) {

    public static PlanForm blank() {
        return new PlanForm("");
    }
}
