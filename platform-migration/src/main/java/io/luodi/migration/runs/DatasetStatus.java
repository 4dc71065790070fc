package io.luodi.migration.runs;

import io.luodi.migration.planning.DatasetView;

/**
 * Where a dataset stands, as the migration overview shows it to everyone on the project, customers included: its
 * latest run, its latest FULL run with the reconciliation and spot checks, and its sign-off.
 */
public record DatasetStatus(String planName, DatasetView dataset, boolean critical, RunView latestRun,
                            RunView latestFullRun) {
}
