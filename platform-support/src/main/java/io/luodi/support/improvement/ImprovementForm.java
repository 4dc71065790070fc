package io.luodi.support.improvement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An improvement as its form raises or edits it. Customers fill in the first three fields; the target release
 * and the internal note are the implementer's and ignored from anyone else.
 *
 * @param version the version the edit form was loaded at; null when raising
 */
public record ImprovementForm(@NotBlank @Size(max = 200) String title,
                              @Size(max = 20_000) String description,
                              @NotNull ImprovementCategory category,
                              @Size(max = 100) String targetRelease,
                              @Size(max = 20_000) String internalNote,
                              Long version) {

    public static ImprovementForm blank() {
        return new ImprovementForm(null, null, ImprovementCategory.UI_INTERACTION, null, null, null);
    }
}
