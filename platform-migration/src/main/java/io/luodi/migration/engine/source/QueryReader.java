package io.luodi.migration.engine.source;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A SELECT on a source database as a {@link SourceReader}. The query runs with autocommit off and a fetch size,
 * so PostgreSQL (and MySQL with {@code useCursorFetch}) stream the result instead of loading it whole.
 * <p>
 * The header is the column labels. Values are text: dates {@code yyyy-MM-dd}, timestamps
 * {@code yyyy-MM-dd HH:mm:ss} (fraction only when there is one, offset for {@code timestamptz}), decimals in
 * plain notation; SQL NULL becomes "" since a {@link SourceRow} holds text only. A row's line is its position
 * plus one, as if the header were line 1 of a file; {@link #position()} counts rows, {@link #size()} is unknown.
 */
public final class QueryReader implements SourceReader {

    static final int FETCH_SIZE = 2_000;
    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter();
    private static final DateTimeFormatter DATE_TIME_OFFSET = new DateTimeFormatterBuilder()
            .append(DATE_TIME).appendOffset("+HH:MM", "Z").toFormatter();
    private static final DateTimeFormatter TIME = new DateTimeFormatterBuilder()
            .appendPattern("HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter();

    private final Connection connection;
    private final boolean ownsConnection;
    private final boolean autoCommit;
    private final Statement statement;
    private final ResultSet results;
    private final List<String> header;
    private final int[] types;
    private long rows;

    private QueryReader(Connection connection, String query, boolean ownsConnection) throws SQLException {
        this.connection = connection;
        this.ownsConnection = ownsConnection;
        this.autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        Statement created = null;
        try {
            created = connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            created.setFetchSize(FETCH_SIZE);
            this.results = created.executeQuery(query);
            this.statement = created;
            ResultSetMetaData metaData = results.getMetaData();
            List<String> labels = new ArrayList<>();
            this.types = new int[metaData.getColumnCount()];
            for (int i = 0; i < types.length; i++) {
                labels.add(metaData.getColumnLabel(i + 1));
                types[i] = metaData.getColumnType(i + 1);
            }
            this.header = HeaderedReader.columnNames(labels);
        } catch (SQLException | RuntimeException e) {
            if (created != null) {
                created.close();
            }
            connection.rollback();
            connection.setAutoCommit(autoCommit);
            throw e;
        }
    }

    /** Runs {@code query} on a connection the caller keeps; closing the reader ends the read transaction only. */
    public static QueryReader over(Connection connection, String query) {
        return start(connection, query, false);
    }

    /** Runs {@code query} on a connection the reader closes when it is closed. */
    public static QueryReader owning(Connection connection, String query) {
        return start(connection, query, true);
    }

    private static QueryReader start(Connection connection, String query, boolean owns) {
        try {
            return new QueryReader(connection, query, owns);
        } catch (SQLException e) {
            if (owns) {
                closeQuietly(connection);
            }
            throw new SourceFileException("migration.source.queryFailed", describe(e));
        }
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public SourceRow next() throws IOException {
        try {
            if (!results.next()) {
                return null;
            }
            String[] values = new String[types.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = text(i + 1, types[i]);
            }
            rows++;
            return new SourceRow(rows + 1, Arrays.asList(values));
        } catch (SQLException e) {
            throw new SourceFileException("migration.source.queryFailed", describe(e));
        }
    }

    private String text(int column, int type) throws SQLException {
        Object value;
        switch (type) {
            case Types.DATE -> value = results.getObject(column, LocalDate.class);
            case Types.TIMESTAMP -> value = results.getObject(column, LocalDateTime.class);
            case Types.TIMESTAMP_WITH_TIMEZONE -> value = results.getObject(column, OffsetDateTime.class);
            case Types.TIME -> value = results.getObject(column, LocalTime.class);
            case Types.NUMERIC, Types.DECIMAL -> value = results.getBigDecimal(column);
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> value = floatingText(results.getDouble(column));
            default -> value = results.getString(column);
        }
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDateTime dateTime) {
            return DATE_TIME.format(dateTime);
        }
        if (value instanceof OffsetDateTime dateTime) {
            return DATE_TIME_OFFSET.format(dateTime);
        }
        if (value instanceof LocalTime time) {
            return TIME.format(time);
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value.toString();
    }

    /** A double as plain digits ({@code 1.0E10} would not survive a number transform); null for SQL NULL. */
    private String floatingText(double value) throws SQLException {
        if (results.wasNull()) {
            return null;
        }
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
        return decimal.signum() == 0 ? "0" : decimal.toPlainString();
    }

    /** The rows read so far. */
    @Override
    public long position() {
        return rows;
    }

    @Override
    public long size() {
        return -1;
    }

    @Override
    public void close() throws IOException {
        try {
            statement.close();
            connection.rollback(); // nothing was written: a read transaction ends without a commit
            connection.setAutoCommit(autoCommit);
        } catch (SQLException e) {
            throw new IOException("could not end the source query", e);
        } finally {
            if (ownsConnection) {
                closeQuietly(connection);
            }
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // Already failing or finished: nothing more to tell the user.
        }
    }

    private static String describe(SQLException e) {
        return e.getSQLState() == null ? e.getMessage() : e.getSQLState() + " " + e.getMessage();
    }
}
