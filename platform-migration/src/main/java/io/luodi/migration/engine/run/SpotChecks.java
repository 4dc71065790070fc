package io.luodi.migration.engine.run;

import io.luodi.migration.engine.load.TargetTable;
import io.luodi.migration.engine.source.SourceRow;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * After a FULL load, the target rows of a random handful of accepted source rows, side by side with the source
 * row as read, for the customer's business users to confirm one by one.
 */
final class SpotChecks {

    /** An accepted source row and its key values as they were loaded. */
    record Candidate(SourceRow row, List<Object> key) {
    }

    private SpotChecks() {
    }

    static List<RunReport.SpotCheckRecord> fetch(Connection connection, TargetTable table, List<String> keyColumns,
                                                 List<String> header, List<Candidate> candidates) throws SQLException {
        String where = keyColumns.stream().map(c -> '"' + c.replace("\"", "\"\"") + "\" = ?")
                .collect(Collectors.joining(" and "));
        List<RunReport.SpotCheckRecord> records = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Candidate> inLineOrder = new ArrayList<>(candidates);
        inLineOrder.sort((a, b) -> Long.compare(a.row().line(), b.row().line()));
        try (PreparedStatement select = connection.prepareStatement(
                "select * from " + table.qualifiedName() + " where " + where)) {
            for (Candidate candidate : inLineOrder) {
                String key = candidate.key().stream().map(v -> Objects.toString(v, ""))
                        .collect(Collectors.joining("|"));
                if (!seen.add(key)) {
                    continue; // a repeated key (a removed duplicate) shows the same target row once
                }
                for (int i = 0; i < candidate.key().size(); i++) {
                    select.setObject(i + 1, candidate.key().get(i));
                }
                records.add(new RunReport.SpotCheckRecord(key, source(header, candidate.row()), target(select)));
            }
        }
        return records;
    }

    private static Map<String, String> source(List<String> header, SourceRow row) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            values.put(header.get(i), i < row.values().size() ? row.values().get(i) : null);
        }
        return values;
    }

    /** The target row (column → value), or null when the key is not in the target. */
    private static Map<String, Object> target(PreparedStatement select) throws SQLException {
        try (ResultSet rows = select.executeQuery()) {
            if (!rows.next()) {
                return null;
            }
            ResultSetMetaData meta = rows.getMetaData();
            Map<String, Object> values = new LinkedHashMap<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                Object value = rows.getObject(i);
                if (value instanceof Date date) {
                    value = date.toLocalDate();
                } else if (value instanceof Timestamp timestamp) {
                    value = timestamp.toLocalDateTime();
                }
                values.put(meta.getColumnName(i), value);
            }
            return values;
        }
    }
}
