package io.luodi.migration.engine.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads a target table's columns and primary key from PostgreSQL's catalog. */
public final class TargetTables {

    private TargetTables() {
    }

    /**
     * Describes a table (or partitioned table) named as a user writes it: {@code patients}, {@code his.patients} or
     * with double quotes. Unquoted names are looked up the way PostgreSQL folds them (lower case) and, failing that,
     * exactly as written, because people copy names with their case from database tools. Without a schema the
     * connection's search path decides.
     *
     * @throws LoadException {@code migration.load.tableNotFound} when there is no such table
     */
    public static TargetTable describe(Connection connection, String table) throws SQLException {
        List<String> parts = parse(table);
        if (parts.isEmpty() || parts.size() > 2) {
            throw new LoadException("migration.load.tableNotFound", table);
        }
        for (String schema : parts.size() == 2 ? candidates(parts.get(0)) : List.<String>of("")) {
            for (String name : candidates(parts.get(parts.size() - 1))) {
                TargetTable found = find(connection, parts.size() == 2 ? schema : null, name);
                if (found != null) {
                    return found;
                }
            }
        }
        throw new LoadException("migration.load.tableNotFound", table);
    }

    private static TargetTable find(Connection connection, String schema, String name) throws SQLException {
        String where = schema == null ? "c.relname = ? AND pg_catalog.pg_table_is_visible(c.oid)"
                : "c.relname = ? AND n.nspname = ?";
        long oid;
        String schemaName;
        String tableName;
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT c.oid, n.nspname, c.relname FROM pg_catalog.pg_class c"
                        + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                        + " WHERE c.relkind IN ('r', 'p') AND " + where)) {
            statement.setString(1, name);
            if (schema != null) {
                statement.setString(2, schema);
            }
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return null;
                }
                oid = rows.getLong(1);
                schemaName = rows.getString(2);
                tableName = rows.getString(3);
            }
        }
        return new TargetTable(schemaName, tableName, columns(connection, oid), primaryKey(connection, oid));
    }

    private static List<TargetColumn> columns(Connection connection, long oid) throws SQLException {
        List<TargetColumn> columns = new ArrayList<>();
        // atttypmod of varchar(n)/char(n) is n + 4 (the varlena header); -1 means no limit.
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod), NOT a.attnotnull,"
                        + " CASE WHEN a.atttypid IN ('varchar'::regtype, 'bpchar'::regtype) AND a.atttypmod > 4"
                        + " THEN a.atttypmod - 4 END"
                        + " FROM pg_catalog.pg_attribute a"
                        + " WHERE a.attrelid = ? AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum")) {
            statement.setLong(1, oid);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Integer length = rows.getObject(4, Integer.class);
                    columns.add(new TargetColumn(rows.getString(1), rows.getString(2), rows.getBoolean(3), length));
                }
            }
        }
        return columns;
    }

    private static List<String> primaryKey(Connection connection, long oid) throws SQLException {
        List<String> key = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT a.attname FROM pg_catalog.pg_index i"
                        + " CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, position)"
                        + " JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum"
                        + " WHERE i.indrelid = ? AND i.indisprimary ORDER BY k.position")) {
            statement.setLong(1, oid);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    key.add(rows.getString(1));
                }
            }
        }
        return key;
    }

    /** A quoted part is exact; an unquoted one is tried folded to lower case first, then as written. */
    private static Set<String> candidates(String part) {
        Set<String> names = new LinkedHashSet<>();
        if (part.startsWith("\"")) {
            names.add(part.substring(1, part.length() - 1).replace("\"\"", "\""));
        } else {
            names.add(part.toLowerCase(Locale.ROOT));
            names.add(part);
        }
        return names;
    }

    /** Splits on dots outside double quotes, keeping the quotes so that {@link #candidates} knows. */
    static List<String> parse(String table) {
        List<String> parts = new ArrayList<>();
        if (table == null) {
            return parts;
        }
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        String text = table.strip();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
                current.append(c);
            } else if (c == '.' && !quoted) {
                parts.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString().strip());
        boolean wellFormed = !quoted && parts.stream().allMatch(p -> !p.isEmpty()
                && (!p.contains("\"") || p.length() >= 2 && p.startsWith("\"") && p.endsWith("\"")));
        return wellFormed ? parts : List.of();
    }
}
