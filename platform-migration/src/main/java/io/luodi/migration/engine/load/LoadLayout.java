package io.luodi.migration.engine.load;

import io.luodi.migration.engine.plan.Cleaning;
import io.luodi.migration.engine.plan.DatasetPlan;
import io.luodi.migration.engine.plan.FieldMapping;
import io.luodi.migration.engine.plan.Validation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * A dataset plan checked against the target table as the database describes it: which columns a load writes, the
 * key it goes by, and the facts about the table that decide how it is written. Built before any row is read, so a
 * plan that does not fit its table fails at once with a message that names the column.
 *
 * @param columns the mapped target columns, in the plan's field order (the order of the row values)
 * @param key the key columns: the plan's, or else the table's primary key
 * @param keyUnique a primary key or unique index covers exactly the key, so the target holds each key once
 * @param referenced another table's foreign key points at the target, so it cannot be truncated
 */
record LoadLayout(TargetTable table, List<String> columns, List<String> key, Cleaning.Dedupe dedupe,
                  String watermark, List<String> sums, List<ReferenceCheck> references, boolean keyUnique,
                  boolean referenced) {

    /** A mapped column whose values must exist in a column of another table. */
    record ReferenceCheck(String column, TargetTable table, String referencedColumn, boolean sameType) {
    }

    /** The mapped columns that are not part of the key: what an update writes and what a change compares. */
    List<String> valueColumns() {
        return columns.stream().filter(c -> !key.contains(c)).toList();
    }

    static LoadLayout of(Connection connection, TargetTable table, DatasetPlan plan) throws SQLException {
        List<String> columns = new ArrayList<>();
        List<ReferenceCheck> references = new ArrayList<>();
        for (FieldMapping field : plan.fields()) {
            TargetColumn column = table.column(field.target()).orElseThrow(() -> new LoadException(
                    "migration.load.columnNotFound", table.schema() + '.' + table.name(), field.target()));
            if (columns.contains(column.name())) {
                throw new LoadException("migration.load.columnMappedTwice", plan.name(), column.name());
            }
            columns.add(column.name());
            for (Validation validation : field.validations()) {
                if (validation instanceof Validation.Reference reference) {
                    references.add(reference(connection, column, reference));
                }
            }
        }
        List<String> key = plan.target().key().isEmpty() ? table.primaryKey() : plan.target().key();
        if (key.isEmpty()) {
            throw new LoadException("migration.load.noKey", plan.name(), table.schema() + '.' + table.name());
        }
        for (String keyColumn : key) {
            requireMapped(plan, columns, keyColumn, "migration.load.keyNotMapped");
        }
        if (plan.watermark() != null) {
            requireMapped(plan, columns, plan.watermark(), "migration.load.watermarkNotMapped");
        }
        for (String sum : plan.reconcileSums()) {
            requireMapped(plan, columns, sum, "migration.load.sumNotMapped");
        }
        Cleaning.Dedupe dedupe = plan.cleaning() == null ? null : plan.cleaning().dedupe();
        return new LoadLayout(table, columns, List.copyOf(key), dedupe, plan.watermark(), plan.reconcileSums(),
                references, keyUnique(connection, table, key), referenced(connection, table));
    }

    private static void requireMapped(DatasetPlan plan, List<String> columns, String column, String messageCode) {
        if (!columns.contains(column)) {
            throw new LoadException(messageCode, plan.name(), column);
        }
    }

    private static ReferenceCheck reference(Connection connection, TargetColumn column,
                                            Validation.Reference reference) throws SQLException {
        TargetTable referenced = TargetTables.describe(connection, reference.table());
        TargetColumn referencedColumn = referenced.column(reference.column()).orElseThrow(() -> new LoadException(
                "migration.load.columnNotFound", referenced.schema() + '.' + referenced.name(), reference.column()));
        return new ReferenceCheck(column.name(), referenced, referencedColumn.name(),
                referencedColumn.type().equals(column.type()));
    }

    private static boolean keyUnique(Connection connection, TargetTable table, List<String> key)
            throws SQLException {
        // A unique index on exactly the key columns (in any order), without expressions or a WHERE clause.
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT array_agg(a.attname::text) FROM pg_catalog.pg_index i"
                        + " CROSS JOIN LATERAL unnest(i.indkey) AS k(attnum)"
                        + " JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum"
                        + " WHERE i.indrelid = ?::regclass AND i.indisunique AND i.indpred IS NULL"
                        + " AND i.indexprs IS NULL GROUP BY i.indexrelid")) {
            statement.setString(1, table.qualifiedName());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String[] columns = (String[]) rows.getArray(1).getArray();
                    if (new HashSet<>(List.of(columns)).equals(new HashSet<>(key))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean referenced(Connection connection, TargetTable table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint"
                        + " WHERE contype = 'f' AND confrelid = ?::regclass)")) {
            statement.setString(1, table.qualifiedName());
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        }
    }
}
