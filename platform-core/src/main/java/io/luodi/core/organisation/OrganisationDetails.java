package io.luodi.core.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an administrator enters for an organisation. */
public record OrganisationDetails(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{1,31}") String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull OrganisationKind kind) {
}
