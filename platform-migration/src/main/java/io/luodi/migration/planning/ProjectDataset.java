package io.luodi.migration.planning;

/** A dataset of one of the project's plans, with what its plan's current version says of it. */
public record ProjectDataset(String planName, DatasetView dataset, boolean critical) {
}
