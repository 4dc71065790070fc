package io.luodi.support.improvement;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A move of an improvement's status by the implementer.
 *
 * @param reason        why; required when declining
 * @param targetRelease the release it is planned for, when given
 * @param version       the version the page was loaded at
 */
public record StatusChangeForm(@NotNull ImprovementStatus status,
                               @Size(max = 2000) String reason,
                               @Size(max = 100) String targetRelease,
                               Long version) {
}
