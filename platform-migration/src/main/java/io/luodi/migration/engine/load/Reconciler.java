package io.luodi.migration.engine.load;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares the staging rows (the source as the run decided to load it) with the target, inside the load's
 * transaction and after the write, so what is compared is exactly what a commit would keep: triggers, defaults
 * and rules on the target show up as differences.
 * <p>
 * Each side is read once, for its row count, distinct keys, sums and a key checksum: the sum of a 64-bit hash of
 * every key. Equal counts and checksums mean the same keys on both sides (two different key sets agree by chance
 * about once in 2<sup>64</sup>), so the joins that find and list missing keys, which cost more than everything
 * else, run only when something is missing.
 */
final class Reconciler {

    static final int MAX_KEYS_LISTED = 1_000;

    private final Connection connection;
    private final LoadLayout layout;
    private final String target;
    private final String staging;
    private final StagingTable stagingTable;

    Reconciler(Connection connection, LoadLayout layout, StagingTable staging) {
        this.connection = connection;
        this.layout = layout;
        this.target = layout.table().qualifiedName();
        this.staging = staging == null ? null : staging.name();
        this.stagingTable = staging;
    }

    /** For a load that wrote the target directly: the source side comes from the caller. */
    Reconciler(Connection connection, LoadLayout layout) {
        this(connection, layout, null);
    }

    /** Supplies a table of the source's keys (and summed columns), built only when it is needed. */
    interface SourceTable {
        String name() throws SQLException;
    }

    /**
     * Reconciles a FULL load that streamed straight into the target against source figures added up while
     * streaming, with the key checksum of {@link SourceTotals#sqlKeyHash}. The source's keys are asked for only
     * when the counts or checksums differ, to list the missing keys.
     */
    Reconciliation reconcileDirect(Side source, SourceTable sourceKeys) throws SQLException {
        Side targetSide = side(target + " t", "t", !layout.keyUnique(), true);
        List<Reconciliation.SumCheck> sums = new ArrayList<>();
        for (int i = 0; i < layout.sums().size(); i++) {
            sums.add(new Reconciliation.SumCheck(layout.sums().get(i), source.sums.get(i), targetSide.sums.get(i)));
        }
        boolean sameKeys = source.rows == targetSide.rows && source.distinctKeys == targetSide.distinctKeys
                && source.keyChecksum.compareTo(targetSide.keyChecksum) == 0;
        List<String> missingInTarget = new ArrayList<>();
        List<String> missingInSource = new ArrayList<>();
        long missingInTargetCount = 0;
        long missingInSourceCount = 0;
        if (!sameKeys) {
            String keys = sourceKeys.name();
            missingInTargetCount = missing(keys + " s", target + " t", "s", missingInTarget);
            missingInSourceCount = missing(target + " t", keys + " s", "t", missingInSource);
        }
        return new Reconciliation(source.rows, targetSide.rows, source.distinctKeys, targetSide.distinctKeys, sums,
                missingInTargetCount, missingInTarget, missingInSourceCount, missingInSource);
    }

    /**
     * @param wholeTable FULL: the whole target belongs to the run, and target keys the source lacks are listed;
     *                   otherwise only target rows with a staging key are counted
     */
    Reconciliation reconcile(boolean wholeTable) throws SQLException {
        // After de-duplication every staging key is distinct; only a load that keeps duplicates must count them.
        Side source = side(staging + " s", "s", layout.dedupe() == null, false);
        String targetRows = wholeTable ? target + " t"
                : target + " t WHERE EXISTS (SELECT 1 FROM " + staging + " s WHERE "
                        + Sql.equal("s", "t", layout.key()) + ")";
        Side targetSide = side(targetRows, "t", !layout.keyUnique(), false);
        List<Reconciliation.SumCheck> sums = new ArrayList<>();
        for (int i = 0; i < layout.sums().size(); i++) {
            sums.add(new Reconciliation.SumCheck(layout.sums().get(i), source.sums.get(i), targetSide.sums.get(i)));
        }
        boolean sameKeys = source.rows == targetSide.rows && source.distinctKeys == targetSide.distinctKeys
                && source.keyChecksum.compareTo(targetSide.keyChecksum) == 0;
        if (!sameKeys) {
            stagingTable.analyze(); // the anti-joins below want the staging table's real size
        }
        List<String> missingInTarget = new ArrayList<>();
        long missingInTargetCount = sameKeys ? 0 : missing(staging + " s", target + " t", "s", missingInTarget);
        List<String> missingInSource = new ArrayList<>();
        long missingInSourceCount = sameKeys || !wholeTable ? 0
                : missing(target + " t", staging + " s", "t", missingInSource);
        return new Reconciliation(source.rows, targetSide.rows, source.distinctKeys, targetSide.distinctKeys, sums,
                missingInTargetCount, missingInTarget, missingInSourceCount, missingInSource);
    }

    /** One side's figures; {@code sums} in the order of the layout's summed columns, null where nothing was summed. */
    record Side(long rows, long distinctKeys, BigDecimal keyChecksum, List<BigDecimal> sums) {
    }

    /**
     * Rows, distinct keys, key checksum and sums of one side, in one scan.
     *
     * @param asJava hash keys with {@link SourceTotals#sqlKeyHash}, whose key text Java reproduces, instead of the
     *               row's own text form
     */
    Side side(String from, String alias, boolean countDistinct, boolean asJava) throws SQLException {
        String distinct = countDistinct
                ? (layout.key().size() == 1 ? "count(DISTINCT " + alias + '.' + Sql.quote(layout.key().get(0)) + ")"
                        : "count(DISTINCT ROW(" + Sql.columns(alias, layout.key()) + "))")
                : "count(*)";
        // A row's text form quotes values with commas or quotes, so two different composite keys never meet.
        String keyText = layout.key().size() == 1 ? alias + '.' + Sql.quote(layout.key().get(0)) + "::text"
                : "ROW(" + Sql.columns(alias, layout.key()) + ")::text";
        String hash = asJava ? SourceTotals.sqlKeyHash(alias, layout.key()) : "hashtextextended(" + keyText + ", 0)";
        StringBuilder sql = new StringBuilder("SELECT count(*), ").append(distinct)
                .append(", coalesce(sum(").append(hash).append("::numeric), 0)");
        for (String sum : layout.sums()) {
            sql.append(", sum(").append(alias).append('.').append(Sql.quote(sum)).append(")::numeric");
        }
        sql.append(" FROM ").append(from);
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql.toString())) {
            rows.next();
            List<BigDecimal> sums = new ArrayList<>();
            for (int i = 0; i < layout.sums().size(); i++) {
                sums.add(rows.getBigDecimal(4 + i));
            }
            return new Side(rows.getLong(1), rows.getLong(2), rows.getBigDecimal(3), sums);
        }
    }

    /** Keys of {@code from} that {@code other} lacks: their number, and up to {@link #MAX_KEYS_LISTED} of them. */
    private long missing(String from, String other, String alias, List<String> listed) throws SQLException {
        String otherAlias = alias.equals("s") ? "t" : "s";
        String sql = "SELECT " + Sql.keyText(alias, layout.key()) + ", count(*) OVER () FROM " + from
                + " WHERE NOT EXISTS (SELECT 1 FROM " + other + " WHERE "
                + Sql.equal(alias, otherAlias, layout.key()) + ") ORDER BY 1 LIMIT " + MAX_KEYS_LISTED;
        long count = 0;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                listed.add(rows.getString(1));
                count = rows.getLong(2);
            }
        }
        return count;
    }
}
