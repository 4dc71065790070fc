package io.luodi.migration.planning;

import java.time.Instant;

/** A plan in the project's list. */
public record PlanSummary(long id, String name, int currentVersion, long datasets, String createdBy,
                          Instant createdAt) {
}
