package io.luodi.requirements.requirement;

import java.time.Instant;

/** A row of the requirement list. */
public record RequirementRow(long id, String key, String title, String category, Priority priority,
                             RequirementStatus status, boolean inScope, int sources, Instant updatedAt,
                             long version) {
}
