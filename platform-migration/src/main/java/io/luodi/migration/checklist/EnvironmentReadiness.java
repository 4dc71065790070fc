package io.luodi.migration.checklist;

import io.luodi.core.golive.Readiness;
import io.luodi.migration.environment.EnvironmentKind;

/** An environment's readiness, as lists and the phase page show it. */
public record EnvironmentReadiness(long id, String name, EnvironmentKind kind, int components, Readiness readiness,
                                   boolean applied) {
}
