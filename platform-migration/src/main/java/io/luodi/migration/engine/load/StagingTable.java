package io.luodi.migration.engine.load;

import io.luodi.migration.engine.plan.Cleaning;
import io.luodi.migration.engine.process.Rejection;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The temporary table a load copies into: the mapped columns with the target's types, plus the source line of
 * each row. Being temporary it writes no WAL and has no index to maintain, so COPY into it runs at full speed; it
 * exists only inside the load's transaction ({@code ON COMMIT DROP}), so a crash leaves nothing behind. The SQL
 * steps that clean it up (duplicates, missing references) work on the whole set at once.
 */
final class StagingTable {

    /** The column holding the source line; named so that it will not meet a real target column. */
    static final String LINE = "_luodi_line";

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final Connection connection;
    private final LoadLayout layout;
    private final String name;
    private boolean analyzed;

    private StagingTable(Connection connection, LoadLayout layout, String name) {
        this.connection = connection;
        this.layout = layout;
        this.name = name;
    }

    static StagingTable create(Connection connection, LoadLayout layout) throws SQLException {
        StagingTable staging = new StagingTable(connection, layout,
                Sql.quote("luodi_staging_" + SEQUENCE.incrementAndGet()));
        String columns = layout.columns().stream()
                .map(c -> Sql.quote(c) + ' ' + layout.table().column(c).orElseThrow().type())
                .collect(Collectors.joining(", "));
        staging.execute("CREATE TEMPORARY TABLE " + staging.name + " (" + columns + ", " + LINE + " bigint)"
                + " ON COMMIT DROP");
        return staging;
    }

    String name() {
        return name;
    }

    CopyIn startCopy() throws SQLException {
        return connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + name + " ("
                + Sql.columns(null, layout.columns()) + ", " + LINE + ") FROM STDIN");
    }

    /**
     * Gives the planner the staging table's real size and key spread. Without it a fresh table looks small and
     * few-valued, and the joins against the target turn into a million index probes instead of one hash join.
     */
    void analyze() throws SQLException {
        if (!analyzed) {
            execute("ANALYZE " + name);
            analyzed = true;
        }
    }

    /**
     * Removes the rows whose key came earlier (keep last) or later (keep first) in the source. Grouping every row
     * by key is the costly part, so when the sieve could follow the keys only the rows of its suspect keys are
     * grouped, and a file it found no repeated key in is not grouped at all.
     *
     * @return the rows removed
     */
    long removeDuplicates(Cleaning.Dedupe dedupe, DuplicateKeySieve sieve) throws SQLException {
        if (dedupe == null || sieve.usable() && sieve.suspects().isEmpty()) {
            return 0;
        }
        String key = Sql.columns(null, layout.key());
        String among = "";
        if (sieve.usable()) {
            String suspects = Sql.quote("luodi_suspects_" + SEQUENCE.incrementAndGet());
            execute("CREATE TEMPORARY TABLE " + suspects + " (" + layout.key().stream()
                    .map(c -> Sql.quote(c) + ' ' + layout.table().column(c).orElseThrow().type())
                    .collect(Collectors.joining(", ")) + ") ON COMMIT DROP");
            CopyTextWriter writer = new CopyTextWriter(connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + suspects + " FROM STDIN"));
            for (List<Object> suspect : sieve.suspects()) {
                writer.row(suspect);
            }
            writer.finish();
            among = " WHERE (" + key + ") IN (SELECT " + key + " FROM " + suspects + ")";
        }
        String keep = dedupe == Cleaning.Dedupe.KEEP_FIRST ? "min(" + LINE + ")" : "max(" + LINE + ")";
        return update("DELETE FROM " + name + " s USING (SELECT " + key + ", " + keep + " AS keep FROM " + name
                + among + " GROUP BY " + key + " HAVING count(*) > 1) d WHERE " + Sql.equal("s", "d", layout.key())
                + " AND s." + LINE + " <> d.keep");
    }

    /**
     * Removes every row whose value of a reference-checked column is absent from the referenced column, and tells
     * the consumer about each, with its source line.
     *
     * @return the rows removed
     */
    long removeMissingReferences(Consumer<Rejection> rejections) throws SQLException {
        long removed = 0;
        if (!layout.references().isEmpty()) {
            analyze();
        }
        for (LoadLayout.ReferenceCheck check : layout.references()) {
            String column = Sql.quote(check.column());
            String referenced = Sql.quote(check.referencedColumn());
            // Compare as text when the types differ (varchar code against an integer id, say) rather than fail.
            String match = check.sameType() ? "r." + referenced + " = s." + column
                    : "r." + referenced + "::text = s." + column + "::text";
            try (Statement statement = connection.createStatement()) {
                statement.setFetchSize(1_000); // a file of nothing but bad references must not fill the memory
                ResultSet rows = statement.executeQuery("WITH gone AS (DELETE FROM " + name + " s WHERE s."
                        + column + " IS NOT NULL AND NOT EXISTS (SELECT 1 FROM " + check.table().qualifiedName()
                        + " r WHERE " + match + ") RETURNING s." + LINE + " AS line, s." + column
                        + "::text AS value) SELECT line, value FROM gone ORDER BY line");
                while (rows.next()) {
                    rejections.accept(new Rejection(rows.getLong(1), check.column(), rows.getString(2),
                            "missing_reference"));
                    removed++;
                }
            }
        }
        return removed;
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private long update(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return statement.executeLargeUpdate(sql);
        }
    }
}
