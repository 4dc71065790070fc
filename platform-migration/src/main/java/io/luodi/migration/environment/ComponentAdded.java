package io.luodi.migration.environment;

/** A component joined an environment: its checklist items follow if the environment's checklist is applied. */
public record ComponentAdded(long projectId, long environmentId, long componentId) {
}
