package io.luodi.migration.probe;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/**
 * The ranges as the administrator edits them, one CIDR range per line.
 *
 * @param updatedBy shown on the page; ignored when saving
 */
public record ProbeSettingsForm(@NotBlank @Size(max = 4000) String allowedRanges,
                                @Size(max = 4000) String deniedRanges,
                                Long version, String updatedBy, Instant updatedAt) {
}
