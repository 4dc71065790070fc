package io.luodi.migration.engine.run;

import io.luodi.migration.engine.plan.DatasetPlan;
import io.luodi.migration.engine.plan.SourceSpec;
import io.luodi.migration.engine.source.QueryReader;
import io.luodi.migration.engine.source.SourceFiles;
import io.luodi.migration.engine.source.SourceReader;
import io.luodi.migration.engine.source.SourceRow;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

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

    /**
     * A workbook row as wide as the header: Excel does not store empty cells after a row's last value, so a
     * patient without remarks arrives one value short — which in a text file would be a broken line. Other rows
     * are returned as they are.
     */
    static SourceRow padded(SourceRow row, int width) {
        if (row.values().size() >= width) {
            return row;
        }
        List<String> values = new ArrayList<>(width);
        values.addAll(row.values());
        while (values.size() < width) {
            values.add("");
        }
        return new SourceRow(row.line(), values);
    }

    /** The charset the file is read with (BOM, plan or detection); null for a query or a workbook. */
    static String encoding(RunRequest request, DatasetPlan dataset) throws IOException {
        SourceSpec spec = dataset.source();
        if (spec.isQuery()) {
            return null;
        }
        if (isWorkbook(request.sourceFile())) {
            return null; // an XLSX has no charset; detecting would open the whole workbook once more
        }
        return SourceFiles.detect(request.sourceFile(), spec).encoding(); // a BOM outranks the plan's encoding
    }

    /** A ZIP file, which is what an XLSX is (the readers tell formats by the bytes too, not by the name). */
    static boolean isWorkbook(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        }
    }
}
