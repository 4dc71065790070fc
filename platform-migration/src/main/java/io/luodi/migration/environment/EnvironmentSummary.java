package io.luodi.migration.environment;

/** An environment in a list. */
public record EnvironmentSummary(long id, String name, EnvironmentKind kind, String description, int components,
                                 int rules) {
}
