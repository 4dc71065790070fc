package io.luodi.migration.engine.plan;

import java.util.List;
import java.util.Map;

/**
 * A project's reviewed description of how its legacy data moves: reusable code dictionaries and the datasets.
 *
 * @param version the plan version a run records; Luodi numbers versions, the command line reports what the file says
 * @param dictionaries old code → new code tables by name, shared by the datasets' {@link Transform.Lookup} steps
 */
public record MigrationPlan(String name, int version, Map<String, Map<String, String>> dictionaries,
                            List<DatasetPlan> datasets) {

    public MigrationPlan {
        dictionaries = Map.copyOf(dictionaries);
        datasets = List.copyOf(datasets);
    }

    /** The dataset of that name, or an exception naming the ones there are. */
    public DatasetPlan dataset(String datasetName) {
        return datasets.stream().filter(d -> d.name().equals(datasetName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No dataset " + datasetName + " in plan " + name
                        + "; datasets: " + datasets.stream().map(DatasetPlan::name).toList()));
    }
}
