package io.luodi.migration.engine.load;

import io.luodi.migration.engine.plan.Cleaning;
import io.luodi.migration.engine.plan.RunMode;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The FULL load's fast path: TRUNCATE the target and COPY straight into it, in the load's one transaction, so that
 * PostgreSQL writes the table while Java is still reading the file, instead of after it. A kill or a failure
 * before the commit rolls the TRUNCATE back with the rest.
 * <p>
 * Duplicates: a Bloom filter over the keys sends the first row of each key to the target and diverts every row
 * whose key it may have seen before into a {@link SpillBuffer} (memory up to a bound, then a temporary file).
 * After the main COPY the diverted rows go into a small staging table and are resolved exactly in SQL: keep-first
 * drops those whose key the target has and keeps the first by line of the rest; keep-last keeps the last by line
 * and lets it replace the target's row (deleted, and the diverted row inserted). A false positive of the filter has no equal in the target and is simply
 * inserted. That the target's row of a key is its first holds when rows arrive in line order, as the runner
 * feeds them; when a row arrives out of order, the diverted rows are instead compared by line with the rows that
 * went to the target, from the keys set aside below.
 * <p>
 * Reconciliation: the source side is added up in Java while streaming ({@link SourceTotals}), plus the diverted
 * rows that were kept, never read back from the target. The key (and summed) columns of every row sent to the
 * target are set aside in a second spill buffer; they are loaded into a temporary table only when needed: to list
 * missing keys when the sides differ, when a keep-last row replaced a row whose sums Java no longer has, or when a
 * value was of a kind Java cannot add up exactly.
 * <p>
 * Only for FULL into a table no foreign key points at, without reference checks, in a UTF-8 database, and with a
 * key the filter can follow (text or integer columns) when duplicates are removed, or a unique key when they are
 * not (a repeated key then fails the COPY, as it failed the INSERT before). Everything else takes the staging path.
 */
final class DirectLoad implements AutoCloseable {

    /** Knobs for tests; {@link #DEFAULTS} otherwise. */
    record Options(boolean enabled, int bloomBitsLog2, int memoryLimit) {
    }

    private static final AtomicLong SEQUENCE = new AtomicLong();

    static final Options DEFAULTS = new Options(true, DuplicateKeySieve.BITS_LOG2, SpillBuffer.MEMORY_LIMIT);

    /** What {@link #finish()} did. */
    record Finished(TargetWriter.Written written, long duplicatesRemoved, Reconciliation reconciliation) {
    }

    private final Connection connection;
    private final LoadLayout layout;
    private final String target;
    private final CopyIn copy;
    private final CopyTextWriter writer;
    private final DuplicateKeySieve sieve;
    private final SpillBuffer diverted;
    private final CopyTextWriter divertedWriter;
    private final SpillBuffer keys;
    private final CopyTextWriter keysWriter;
    private final int[] keyAndSumPositions;
    private final List<String> keyAndSumColumns;
    private final SourceTotals totals;
    private boolean divertAll;
    private boolean outOfOrder;
    private long lastLine = Long.MIN_VALUE;
    private long divertedRows;
    private long directRows;

    static boolean possible(Connection connection, LoadLayout layout, RunMode mode, Options options)
            throws SQLException {
        if (!options.enabled() || mode != RunMode.FULL || layout.referenced() || !layout.references().isEmpty()) {
            return false;
        }
        boolean keyFollowed = layout.dedupe() != null ? DuplicateKeySieve.of(layout, 6).usable() : layout.keyUnique();
        if (!keyFollowed) {
            return false;
        }
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SHOW server_encoding")) {
            rows.next();
            return rows.getString(1).equalsIgnoreCase("UTF8");
        }
    }

    DirectLoad(Connection connection, LoadLayout layout, Options options) throws SQLException {
        this.connection = connection;
        this.layout = layout;
        this.target = layout.table().qualifiedName();
        this.sieve = layout.dedupe() == null ? null : DuplicateKeySieve.of(layout, options.bloomBitsLog2());
        List<String> columns = new ArrayList<>(layout.key());
        layout.sums().stream().filter(c -> !columns.contains(c)).forEach(columns::add);
        this.keyAndSumColumns = List.copyOf(columns);
        this.keyAndSumPositions = columns.stream().mapToInt(c -> layout.columns().indexOf(c)).toArray();
        this.totals = new SourceTotals(layout);
        this.diverted = new SpillBuffer(options.memoryLimit());
        this.divertedWriter = new CopyTextWriter(diverted);
        this.keys = new SpillBuffer(options.memoryLimit());
        this.keysWriter = new CopyTextWriter(keys);
        execute("TRUNCATE " + target);
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + target + " ("
                + Sql.columns(null, layout.columns()) + ") FROM STDIN");
        this.writer = new CopyTextWriter(copy);
    }

    /** The target's COPY, for the loader to cancel on abort. */
    CopyIn copy() {
        return copy;
    }

    void accept(List<Object> values, long line) throws SQLException {
        outOfOrder |= line <= lastLine;
        lastLine = Math.max(lastLine, line);
        boolean divert = false;
        if (sieve != null) {
            if (divertAll) {
                divert = true;
            } else {
                DuplicateKeySieve.Sight sight = sieve.sight(values);
                // A key the filter cannot hash may equal any earlier or later one: from here on, divert everything.
                divertAll = sight == DuplicateKeySieve.Sight.UNKNOWN;
                divert = sight != DuplicateKeySieve.Sight.NEW;
            }
        }
        if (divert) {
            divertedWriter.row(values, line);
            divertedRows++;
        } else {
            writer.row(values);
            keysWriter.row(values, keyAndSumPositions, line);
            totals.add(values);
            directRows++;
        }
    }

    long divertedRows() {
        return divertedRows;
    }

    boolean spilled() {
        return diverted.spilled();
    }

    Finished finish() throws SQLException {
        writer.finish();
        divertedWriter.finish();
        keysWriter.finish();
        long inserted = directRows;
        long duplicates = 0;
        boolean replaced = false;
        StagingTable staging = null;
        SourceKeys sourceKeys = new SourceKeys();
        if (divertedRows > 0) {
            staging = StagingTable.create(connection, layout);
            sourceKeys.staging = staging;
            diverted.copyInto(staging.startCopy());
            diverted.close();
            String stagingName = staging.name();
            DuplicateKeySieve groupAll = new DuplicateKeySieve(new int[0], new boolean[0], false, 6);
            duplicates += staging.removeDuplicates(layout.dedupe(), groupAll);
            boolean keepFirst = layout.dedupe() == Cleaning.Dedupe.KEEP_FIRST;
            if (outOfOrder) {
                // The target's row of a key is not necessarily the earliest: compare lines with the set-aside keys.
                String wins = keepFirst ? "s." + StagingTable.LINE + " < k." + StagingTable.LINE
                        : "s." + StagingTable.LINE + " > k." + StagingTable.LINE;
                duplicates += update("DELETE FROM " + stagingName + " s USING " + sourceKeys.raw() + " k WHERE "
                        + Sql.equal("s", "k", layout.key()) + " AND NOT (" + wins + ")");
            } else if (keepFirst) {
                // The target holds the first row of each of its keys: later ones are duplicates.
                duplicates += update("DELETE FROM " + stagingName + " s USING " + target + " t WHERE "
                        + Sql.equal("s", "t", layout.key()));
            }
            // A diverted row left with a key the target has wins over the target's row and replaces it: the
            // target's row goes and the diverted row is inserted, so that it is written as the staging path
            // writes every row (insert triggers, defaults of unmapped columns).
            long replacedRows = update("DELETE FROM " + target + " t USING " + stagingName + " s WHERE "
                    + Sql.equal("t", "s", layout.key()));
            duplicates += replacedRows; // the row already in the target is the one removed
            inserted -= replacedRows; // and the diverted row, inserted below, takes its place
            replaced = replacedRows > 0;
            inserted += update("INSERT INTO " + target + " (" + Sql.columns(null, layout.columns()) + ") SELECT "
                    + Sql.columns("s", layout.columns()) + " FROM " + stagingName + " s WHERE NOT EXISTS (SELECT 1"
                    + " FROM " + target + " t WHERE " + Sql.equal("t", "s", layout.key()) + ")");
        }
        Reconciler reconciler = new Reconciler(connection, layout);
        Reconciler.Side source;
        if (totals.exact() && !replaced) {
            source = totals(staging, reconciler);
        } else {
            source = reconciler.side(sourceKeys.name() + " s", "s", layout.dedupe() == null, true);
        }
        Reconciliation reconciliation = reconciler.reconcileDirect(source, sourceKeys::name);
        return new Finished(new TargetWriter.Written(inserted, 0, 0), duplicates, reconciliation);
    }

    /** Java's totals of the rows sent straight to the target, plus the diverted rows that were kept. */
    private Reconciler.Side totals(StagingTable staging, Reconciler reconciler) throws SQLException {
        long rows = totals.rows();
        BigDecimal checksum = totals.checksum();
        List<BigDecimal> sums = new ArrayList<>(totals.sums());
        if (staging != null) {
            // What is left in the staging table now is exactly the diverted rows the source keeps.
            Reconciler.Side kept = reconciler.side(staging.name() + " s", "s", false, true);
            rows += kept.rows();
            checksum = checksum.add(kept.keyChecksum());
            for (int i = 0; i < sums.size(); i++) {
                BigDecimal more = kept.sums().get(i);
                sums.set(i, sums.get(i) == null ? more : more == null ? sums.get(i) : sums.get(i).add(more));
            }
        }
        return new Reconciler.Side(rows, rows, checksum, sums);
    }

    /**
     * The source's key and summed columns, with the line, as a temporary table, built on first use: the rows sent
     * straight to the target ({@link #raw()}), then ({@link #name()}) less those a kept diverted row replaced, plus
     * the kept diverted rows.
     */
    private final class SourceKeys {
        private StagingTable staging;
        private String table;
        private boolean merged;

        String raw() throws SQLException {
            if (table == null) {
                String name = Sql.quote("luodi_source_keys_" + SEQUENCE.incrementAndGet());
                execute("CREATE TEMPORARY TABLE " + name + " (" + Sql.join(keyAndSumColumns, c -> Sql.quote(c) + ' '
                        + layout.table().column(c).orElseThrow().type(), ", ") + ", " + StagingTable.LINE
                        + " bigint) ON COMMIT DROP");
                keys.copyInto(connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + name + " ("
                        + Sql.columns(null, keyAndSumColumns) + ", " + StagingTable.LINE + ") FROM STDIN"));
                keys.close();
                execute("ANALYZE " + name);
                table = name;
            }
            return table;
        }

        String name() throws SQLException {
            raw();
            if (!merged && staging != null) {
                execute("DELETE FROM " + table + " k USING " + staging.name() + " s WHERE "
                        + Sql.equal("k", "s", layout.key()));
                execute("INSERT INTO " + table + " (" + Sql.columns(null, keyAndSumColumns) + ", "
                        + StagingTable.LINE + ") SELECT " + Sql.columns("s", keyAndSumColumns) + ", s."
                        + StagingTable.LINE + " FROM " + staging.name() + " s");
            }
            merged = true;
            return table;
        }
    }

    @Override
    public void close() {
        diverted.close();
        keys.close();
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
