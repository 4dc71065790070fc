package io.luodi.migration.engine.run;

import io.luodi.migration.engine.plan.DatasetPlan;
import io.luodi.migration.engine.plan.SourceSpec;
import io.luodi.migration.engine.source.QueryReader;
import io.luodi.migration.engine.source.SourceFiles;
import io.luodi.migration.engine.source.SourceReader;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;

/** Opens a run's source: the request's file through the plan's source spec, or the plan's query on the source database. */
final class Sources {

    private Sources() {
    }

    static SourceReader open(RunRequest request, DatasetPlan dataset) throws IOException {
        SourceSpec spec = dataset.source();
        if (spec.isQuery()) {
            if (request.sourceDatabase() == null) {
                throw new RunFailures.Failure("migration.run.failure.noSourceDatabase", null, dataset.name());
            }
            Connection connection;
            try {
                connection = request.sourceDatabase().open();
            } catch (SQLException e) {
                throw new RunFailures.Failure("migration.run.failure.source", e, request.sourceDatabase().url());
            }
            return QueryReader.owning(connection, spec.query());
        }
        if (request.sourceFile() == null) {
            throw new RunFailures.Failure("migration.run.failure.noSourceFile", null, dataset.name());
        }
        return SourceFiles.open(request.sourceFile(), spec);
    }

    /** The charset the file is read with: the plan's, or what detection finds; null for a query or a workbook. */
    static String encoding(RunRequest request, DatasetPlan dataset) throws IOException {
        SourceSpec spec = dataset.source();
        if (spec.isQuery()) {
            return null;
        }
        if (spec.encoding() != null && !spec.encoding().isBlank()) {
            return spec.encoding();
        }
        return SourceFiles.detect(request.sourceFile(), spec).encoding();
    }
}
