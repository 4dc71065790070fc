package io.luodi.migration.planning;

import java.time.Instant;

/** A saved plan version in the list of versions. */
public record PlanVersionView(int number, String note, String savedBy, Instant savedAt) {
}
