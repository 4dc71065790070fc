package io.luodi.migration.engine.load;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Moves the cleaned staging rows into the target, inside the load's transaction: either replacing every row
 * (FULL) or merging by key (INCREMENTAL, and FULL into a table other tables' foreign keys point at).
 */
final class TargetWriter {

    /** Rows written, by kind. */
    record Written(long inserted, long updated, long unchanged) {
    }

    private final Connection connection;
    private final LoadLayout layout;
    private final String target;
    private final String staging;

    TargetWriter(Connection connection, LoadLayout layout, StagingTable staging) {
        this.connection = connection;
        this.layout = layout;
        this.target = layout.table().qualifiedName();
        this.staging = staging.name();
    }

    /**
     * Replaces the target's rows with the staging rows. TRUNCATE is transactional in PostgreSQL and, unlike
     * DELETE, leaves no dead rows or index entries behind; a table that foreign keys point at cannot be
     * truncated, so it is merged and its rows without a source key deleted: the same end state, with the
     * references checked as usual.
     */
    Written replace() throws SQLException {
        if (layout.referenced()) {
            Written merged = merge(false);
            update("DELETE FROM " + target + " t WHERE NOT EXISTS (SELECT 1 FROM " + staging + " s WHERE "
                    + Sql.equal("s", "t", layout.key()) + ")");
            return merged;
        }
        update("TRUNCATE " + target);
        long inserted = update("INSERT INTO " + target + " (" + Sql.columns(null, layout.columns()) + ") SELECT "
                + Sql.columns(null, layout.columns()) + " FROM " + staging);
        return new Written(inserted, 0, 0);
    }

    /**
     * Updates the target rows whose key the staging has and whose values differ (or, with a watermark, whose
     * watermark is older), then inserts the keys the target lacks. Values are compared as text, column by
     * column: exact, unlike a hash, and it works for every type, including those without an equality operator.
     *
     * @param byWatermark compare the watermark column instead of all values
     */
    Written merge(boolean byWatermark) throws SQLException {
        long sourceRows = count(staging);
        long updated = 0;
        List<String> values = layout.valueColumns();
        if (!values.isEmpty()) {
            String changed;
            if (byWatermark) {
                String watermark = Sql.quote(layout.watermark());
                changed = "(s." + watermark + " > t." + watermark + " OR t." + watermark + " IS NULL AND s."
                        + watermark + " IS NOT NULL)";
            } else {
                changed = "ROW(" + Sql.join(values, c -> "t." + Sql.quote(c) + "::text", ", ")
                        + ") IS DISTINCT FROM ROW(" + Sql.join(values, c -> "s." + Sql.quote(c) + "::text", ", ")
                        + ")";
            }
            updated = update("UPDATE " + target + " t SET "
                    + Sql.join(values, c -> Sql.quote(c) + " = s." + Sql.quote(c), ", ")
                    + " FROM " + staging + " s WHERE " + Sql.equal("t", "s", layout.key()) + " AND " + changed);
        }
        long inserted = update("INSERT INTO " + target + " (" + Sql.columns(null, layout.columns()) + ") SELECT "
                + Sql.columns("s", layout.columns()) + " FROM " + staging + " s WHERE NOT EXISTS (SELECT 1 FROM "
                + target + " t WHERE " + Sql.equal("t", "s", layout.key()) + ")");
        return new Written(inserted, updated, sourceRows - inserted - updated);
    }

    private long count(String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private long update(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return statement.executeLargeUpdate(sql);
        }
    }
}
