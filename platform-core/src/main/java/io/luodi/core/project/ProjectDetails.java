package io.luodi.core.project;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** What a project manager enters for a project. The code prefixes keys such as ticket numbers (HIS-123). */
public record ProjectDetails(
        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9]{1,9}") String code,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 4000) String description,
        @NotNull Long customerOrganisationId,
        @NotNull SystemType systemType,
        @NotNull ProjectStatus status,
        @NotNull LocalDate startDate,
        @NotNull LocalDate plannedGoLive) {
}
