package io.luodi.migration.runs;

import io.luodi.migration.engine.process.Rejection;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;

/**
 * A run's rejected rows: written in batches while the run goes (plain JDBC, no entity per row), read back a page
 * at a time for the run's page and streamed in order for the downloads.
 */
@Component
class RejectedRows {

    private static final int MAX_VALUE = 4000;
    private static final int STREAM_PAGE = 5000;

    private final JdbcTemplate jdbc;

    RejectedRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends rows numbered on from {@code firstSeq}, in their own (auto-committed) statements. */
    void append(long runId, int firstSeq, List<Rejection> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO migration_rejected_row (run_id, seq, line, column_name, value, reason) "
                + "VALUES (?, ?, ?, ?, ?, ?)", new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement statement, int i) throws SQLException {
                Rejection row = rows.get(i);
                statement.setLong(1, runId);
                statement.setInt(2, firstSeq + i);
                statement.setLong(3, row.line());
                statement.setString(4, clip(row.column(), 200));
                statement.setString(5, clip(row.value(), MAX_VALUE));
                statement.setString(6, clip(row.reason(), 60));
            }

            @Override
            public int getBatchSize() {
                return rows.size();
            }
        });
    }

    long count(long runId) {
        Long count = jdbc.queryForObject("SELECT count(*) FROM migration_rejected_row WHERE run_id = ?", Long.class,
                runId);
        return count == null ? 0 : count;
    }

    List<Rejection> page(long runId, int page, int size) {
        return jdbc.query("SELECT line, column_name, value, reason FROM migration_rejected_row WHERE run_id = ? "
                        + "ORDER BY seq LIMIT ? OFFSET ?",
                (rs, i) -> new Rejection(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                runId, size, (long) page * size);
    }

    /** Every stored row in order, a page at a time by key, never all in memory. */
    void forEach(long runId, Consumer<Rejection> row) {
        int after = -1;
        while (true) {
            List<Object[]> batch = jdbc.query("SELECT seq, line, column_name, value, reason FROM migration_rejected_row "
                            + "WHERE run_id = ? AND seq > ? ORDER BY seq LIMIT ?",
                    (rs, i) -> new Object[]{rs.getInt(1), new Rejection(rs.getLong(2), rs.getString(3),
                            rs.getString(4), rs.getString(5))}, runId, after, STREAM_PAGE);
            for (Object[] entry : batch) {
                row.accept((Rejection) entry[1]);
                after = (Integer) entry[0];
            }
            if (batch.size() < STREAM_PAGE) {
                return;
            }
        }
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
