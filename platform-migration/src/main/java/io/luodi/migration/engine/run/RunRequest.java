package io.luodi.migration.engine.run;

import io.luodi.migration.engine.plan.MigrationPlan;
import io.luodi.migration.engine.plan.RunMode;
import java.nio.file.Path;

/**
 * One run of one dataset.
 *
 * @param sampleSize for SAMPLE runs, how many rows; ignored otherwise
 * @param randomSample for SAMPLE runs, a random N rows (reservoir over the whole source) instead of the first N
 * @param sourceFile the file to read for a file dataset, null for a query dataset
 * @param sourceFileName the name the user knows the file by (an upload keeps its original name)
 * @param sourceDatabase where a query dataset's query runs, null for a file dataset
 */
public record RunRequest(MigrationPlan plan, String dataset, RunMode mode, int sampleSize, boolean randomSample,
                         Path sourceFile, String sourceFileName, Jdbc sourceDatabase, Jdbc target) {
}
