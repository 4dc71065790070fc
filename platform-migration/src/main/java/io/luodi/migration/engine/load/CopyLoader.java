package io.luodi.migration.engine.load;

import io.luodi.migration.engine.plan.DatasetPlan;
import io.luodi.migration.engine.plan.RunMode;
import io.luodi.migration.engine.process.Rejection;
import io.luodi.migration.engine.process.RowOutcome;
import org.postgresql.copy.CopyIn;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Loads accepted rows into a PostgreSQL table with COPY, all in one transaction on the connection it is given.
 * <p>
 * Rows stream into a temporary staging table while they are being processed; {@link #finish()} then de-duplicates
 * and checks references in SQL, writes the target (FULL replaces its rows, INCREMENTAL merges by key, SAMPLE
 * merges and rolls back), reconciles, and commits. Until that commit nothing is visible, so a killed process or a
 * cancelled run leaves the target as it was, and running again gives what one clean run gives.
 * <p>
 * A FULL load that {@link DirectLoad} can take (no reference checks, no foreign key pointing at the target)
 * instead truncates the target and streams straight into it, in the same one transaction, so that the database
 * writes the target while the rows are still being read; see there for how duplicates and the reconciliation are
 * handled then. Its TRUNCATE holds the target's exclusive lock from {@code open} to the commit.
 * <p>
 * Use: {@code open}, {@code accept} each row, {@code finish}; {@code close} (or {@code abort}) on every path, which
 * rolls back whatever has not been committed. Not thread-safe: one thread feeds it.
 */
public final class CopyLoader implements AutoCloseable {

    public static final int PREVIEW_ROWS = 50;

    private enum State { STREAMING, FINISHED, ABORTED }

    private final Connection connection;
    private final LoadLayout layout;
    private final RunMode mode;
    private final Consumer<Rejection> rejections;
    private final boolean autoCommitBefore;
    private final StagingTable staging;
    private final CopyIn copy;
    private final CopyTextWriter writer;
    private final int width;
    private final DuplicateKeySieve sieve;
    /** The FULL fast path, or null for the staging path. */
    private final DirectLoad direct;
    private State state = State.STREAMING;
    private long rows;

    private CopyLoader(Connection connection, LoadLayout layout, RunMode mode, Consumer<Rejection> rejections,
                       boolean autoCommitBefore, DirectLoad.Options options) throws SQLException {
        this.connection = connection;
        this.layout = layout;
        this.mode = mode;
        this.rejections = rejections;
        this.autoCommitBefore = autoCommitBefore;
        this.width = layout.columns().size();
        if (DirectLoad.possible(connection, layout, mode, options)) {
            this.direct = new DirectLoad(connection, layout, options);
            this.staging = null;
            this.copy = direct.copy();
            this.writer = null;
            this.sieve = null;
        } else {
            this.direct = null;
            this.staging = StagingTable.create(connection, layout);
            this.copy = staging.startCopy();
            this.writer = new CopyTextWriter(copy);
            this.sieve = DuplicateKeySieve.of(layout);
        }
    }

    /**
     * Checks the plan against the table and starts streaming. The connection is used exclusively until
     * {@link #close()}, which gives it back with its auto-commit setting as it was.
     *
     * @param table the target as {@link TargetTables#describe} read it
     * @param rejections hears rows that the database-side checks reject (missing references), in line order
     * @throws LoadException when the plan does not fit the table or the database refuses
     */
    public static CopyLoader open(Connection connection, TargetTable table, DatasetPlan plan, RunMode mode,
                                  Consumer<Rejection> rejections) {
        return open(connection, table, plan, mode, rejections, DirectLoad.DEFAULTS);
    }

    /** As the public {@code open}, with the fast path's knobs (tests). */
    static CopyLoader open(Connection connection, TargetTable table, DatasetPlan plan, RunMode mode,
                           Consumer<Rejection> rejections, DirectLoad.Options options) {
        String target = table.schema() + '.' + table.name();
        try {
            LoadLayout layout = LoadLayout.of(connection, table, plan);
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                prepareTransaction(connection);
                return new CopyLoader(connection, layout, mode, rejections, autoCommit, options);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
                throw e;
            }
        } catch (SQLException e) {
            throw new LoadException(e, "migration.load.failed", target, e.getMessage());
        }
    }

    /**
     * The joins and aggregates after the COPY run over the whole file: give them memory to hash in rather than
     * spill to disk. The staging table lives in the session's temporary buffers, 8 MB by default; more of them
     * made COPY and the write to the target about a tenth faster on a million rows. PostgreSQL refuses that
     * setting once the session has used a temporary table, and then the load simply goes on with what there is.
     * Both settings end with the transaction.
     */
    private static void prepareTransaction(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL work_mem = '256MB'");
            statement.execute("SAVEPOINT luodi_temp_buffers");
            try {
                statement.execute("SET LOCAL temp_buffers = '256MB'");
                statement.execute("RELEASE SAVEPOINT luodi_temp_buffers");
            } catch (SQLException alreadyUsed) {
                statement.execute("ROLLBACK TO SAVEPOINT luodi_temp_buffers");
            }
        }
    }

    /** Streams one row; its values are in {@code DatasetPlan.fields()} order. */
    public void accept(RowOutcome.Accepted row) {
        if (state != State.STREAMING) {
            throw new IllegalStateException("The load is " + state.name().toLowerCase());
        }
        if (row.values().size() != width) {
            throw new IllegalArgumentException("Row of line " + row.line() + " has " + row.values().size()
                    + " values for " + width + " mapped columns");
        }
        try {
            if (direct != null) {
                direct.accept(row.values(), row.line());
            } else {
                writer.row(row.values(), row.line());
                sieve.offer(row.values());
            }
            rows++;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Rows streamed so far. */
    public long rowsAccepted() {
        return rows;
    }

    /** The fast path this load took, or null for the staging path (tests). */
    DirectLoad direct() {
        return direct;
    }

    /**
     * Ends the COPY and does the rest in the database: duplicates, references, the write, the reconciliation; then
     * commits, or for a SAMPLE takes the preview and rolls back.
     */
    public LoadResult finish() {
        if (state != State.STREAMING) {
            throw new IllegalStateException("The load is " + state.name().toLowerCase());
        }
        if (direct != null) {
            return finishDirect();
        }
        try {
            writer.finish();
            long duplicates = staging.removeDuplicates(layout.dedupe(), sieve);
            long missingReferences = staging.removeMissingReferences(rejections);
            if (mode != RunMode.FULL || layout.referenced()) {
                staging.analyze(); // before joins with the target; FULL's own joins ask for it when they need it
            }
            TargetWriter target = new TargetWriter(connection, layout, staging);
            TargetWriter.Written written = switch (mode) {
                case FULL -> target.replace();
                case INCREMENTAL -> target.merge(layout.watermark() != null);
                case SAMPLE -> target.merge(false);
            };
            Reconciliation reconciliation = new Reconciler(connection, layout, staging)
                    .reconcile(mode == RunMode.FULL);
            List<Map<String, Object>> preview = mode == RunMode.SAMPLE ? preview() : List.of();
            if (mode == RunMode.SAMPLE) {
                connection.rollback();
            } else {
                connection.commit();
            }
            state = State.FINISHED;
            restoreAutoCommit();
            return new LoadResult(written.inserted(), written.updated(), written.unchanged(), duplicates,
                    missingReferences, reconciliation, preview);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private LoadResult finishDirect() {
        try {
            DirectLoad.Finished finished = direct.finish();
            connection.commit();
            state = State.FINISHED;
            direct.close();
            restoreAutoCommit();
            return new LoadResult(finished.written().inserted(), 0, 0, finished.duplicatesRemoved(), 0,
                    finished.reconciliation(), List.of());
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Rolls back everything the load did. Safe to call at any time, also more than once. */
    public void abort() {
        if (state != State.STREAMING) {
            return;
        }
        state = State.ABORTED;
        if (direct != null) {
            direct.close();
        }
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException e) {
            // The rollback below ends the transaction whatever state the COPY is in.
        }
        try {
            connection.rollback();
            restoreAutoCommit();
        } catch (SQLException e) {
            // A broken connection has rolled back on the server already; nothing else to undo.
        }
    }

    @Override
    public void close() {
        abort();
    }

    private LoadException failed(SQLException e) {
        abort();
        return new LoadException(e, "migration.load.failed", layout.table().schema() + '.' + layout.table().name(),
                e.getMessage());
    }

    private void restoreAutoCommit() throws SQLException {
        if (autoCommitBefore) {
            connection.setAutoCommit(true);
        }
    }

    /** The target rows of the first staged keys, as the write left them (defaults and triggers included). */
    private List<Map<String, Object>> preview() throws SQLException {
        List<Map<String, Object>> preview = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT t.* FROM " + layout.table().qualifiedName() + " t JOIN "
                     + staging.name() + " s ON " + Sql.equal("t", "s", layout.key()) + " ORDER BY s."
                     + StagingTable.LINE + " LIMIT " + PREVIEW_ROWS)) {
            ResultSetMetaData meta = rows.getMetaData();
            while (rows.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnName(i), plain(rows.getObject(i)));
                }
                preview.add(Collections.unmodifiableMap(row));
            }
        }
        return preview;
    }

    /** JDBC's date types as java.time, like the values the loader was given; anything else as the driver has it. */
    private static Object plain(Object value) {
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime();
        }
        return value;
    }
}
