package io.luodi.migration.environment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An environment as its form creates or edits it.
 *
 * @param internalNote the implementer's own note, never shown to the customer
 * @param version      the version the edit form was loaded at; null when creating
 */
public record EnvironmentForm(@NotBlank @Size(max = 60) String name,
                              @NotNull EnvironmentKind kind,
                              @Size(max = 2000) String description,
                              @Size(max = 20_000) String internalNote,
                              Long version) {

    public static EnvironmentForm blank() {
        return new EnvironmentForm(null, EnvironmentKind.TEST, null, null, null);
    }
}
