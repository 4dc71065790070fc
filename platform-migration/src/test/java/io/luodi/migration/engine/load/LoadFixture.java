package io.luodi.migration.engine.load;

import io.luodi.migration.engine.plan.Cleaning;
import io.luodi.migration.engine.plan.DatasetPlan;
import io.luodi.migration.engine.plan.FieldMapping;
import io.luodi.migration.engine.plan.RunMode;
import io.luodi.migration.engine.plan.SourceSpec;
import io.luodi.migration.engine.plan.TargetSpec;
import io.luodi.migration.engine.plan.Validation;
import io.luodi.migration.engine.process.Rejection;
import io.luodi.migration.engine.process.RowOutcome;
import io.luodi.testsupport.TestPostgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Plans, rows and SQL for the load tests, against the shared test PostgreSQL. */
final class LoadFixture {

    private LoadFixture() {
    }

    static Connection connect() throws SQLException {
        TestPostgres.Connection db = TestPostgres.shared();
        return DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
    }

    static void execute(Connection connection, String... statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** Every row of a query, each as its columns' text, in the query's order. */
    static List<List<String>> rows(Connection connection, String sql) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            int width = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= width; i++) {
                    row.add(result.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    static DatasetPlan plan(String table, List<String> key, Cleaning.Dedupe dedupe, List<String> sums,
                            String watermark, String... columns) {
        List<FieldMapping> fields = Arrays.stream(columns).map(c -> field(c, List.of())).toList();
        return plan(table, key, dedupe, sums, watermark, fields);
    }

    static DatasetPlan plan(String table, List<String> key, Cleaning.Dedupe dedupe, List<String> sums,
                            String watermark, List<FieldMapping> fields) {
        return new DatasetPlan("patients", true, new SourceSpec("patients.csv", null, null, null, null, null),
                new TargetSpec(table, key, null), new Cleaning(true, true, false, dedupe), fields, sums, 5,
                watermark);
    }

    static FieldMapping field(String column, List<Validation> validations) {
        return new FieldMapping(column, List.of(column), null, false, null, List.of(), validations);
    }

    static RowOutcome.Accepted row(long line, Object... values) {
        return new RowOutcome.Accepted(line, Arrays.asList(values));
    }

    /** Loads the rows in one go and returns the result; rejections go to the list given. */
    static LoadResult load(Connection connection, DatasetPlan plan, RunMode mode, List<Rejection> rejections,
                           List<RowOutcome.Accepted> rows) throws SQLException {
        TargetTable table = TargetTables.describe(connection, plan.target().table());
        try (CopyLoader loader = CopyLoader.open(connection, table, plan, mode, rejections::add)) {
            rows.forEach(loader::accept);
            return loader.finish();
        }
    }

    static Map<String, Object> first(List<Map<String, Object>> preview) {
        return preview.get(0);
    }
}
