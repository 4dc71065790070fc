package io.luodi.requirements.painpoint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A pain point as the form edits it.
 *
 * @param answerId the survey answer it was found in, if any; set when it is created from an answer
 * @param version  the version the form was loaded at, null for a new pain point
 */
public record PainPointForm(@NotBlank @Size(max = 300) String title,
                            @Size(max = 10_000) String description,
                            @NotBlank @Size(max = 200) String affectedProcess,
                            @NotNull Severity severity,
                            @NotNull Frequency frequency,
                            Long answerId,
                            Long version) {

    public static PainPointForm blank(Long answerId, String description) {
        return new PainPointForm(null, description, null, Severity.MEDIUM, Frequency.WEEKLY, answerId, null);
    }
}
