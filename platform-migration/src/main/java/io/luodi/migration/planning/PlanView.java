package io.luodi.migration.planning;

import io.luodi.migration.engine.plan.DatasetPlan;
import io.luodi.migration.engine.plan.MigrationPlan;

import java.util.List;
import java.util.Optional;

/**
 * A plan's page: its current version's content, the versions saved, and the datasets the current version has.
 *
 * @param rowVersion the plan row's version, for a form that must not overwrite a save made meanwhile
 */
public record PlanView(long id, long projectId, String name, int currentVersion, long rowVersion,
                       MigrationPlan plan, List<PlanVersionView> versions, List<DatasetView> datasets) {

    public Optional<DatasetPlan> datasetPlan(String datasetName) {
        return plan.datasets().stream().filter(d -> d.name().equals(datasetName)).findFirst();
    }
}
