package io.luodi.migration.engine.load;

import io.luodi.migration.engine.plan.Cleaning;
import io.luodi.migration.engine.plan.DatasetPlan;
import io.luodi.migration.engine.plan.RunMode;
import io.luodi.migration.engine.plan.Validation;
import io.luodi.migration.engine.process.RowOutcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static io.luodi.migration.engine.load.LoadFixture.execute;
import static io.luodi.migration.engine.load.LoadFixture.field;
import static io.luodi.migration.engine.load.LoadFixture.plan;
import static io.luodi.migration.engine.load.LoadFixture.row;
import static io.luodi.migration.engine.load.LoadFixture.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The FULL fast path ({@link DirectLoad}) against the staging path, which is the reference for its results. */
class DirectLoadTests {

    /** 64 bits: after a few dozen keys nearly every key looks seen, so nearly every row is a false positive. */
    private static final DirectLoad.Options TINY_FILTER = new DirectLoad.Options(true, 6, SpillBuffer.MEMORY_LIMIT);
    private static final DirectLoad.Options TINY_FILTER_AND_MEMORY = new DirectLoad.Options(true, 6, 512);
    private static final DirectLoad.Options STAGING = new DirectLoad.Options(false, 6, 512);

    private static Connection connection;

    @BeforeAll
    static void schema() throws SQLException {
        connection = LoadFixture.connect();
        execute(connection, "DROP SCHEMA IF EXISTS direct_tests CASCADE", "CREATE SCHEMA direct_tests");
    }

    @AfterAll
    static void close() throws SQLException {
        connection.close();
    }

    private record Loaded(LoadResult result, DirectLoad direct) {
    }

    private static Loaded load(DatasetPlan plan, DirectLoad.Options options, List<RowOutcome.Accepted> rows)
            throws SQLException {
        TargetTable table = TargetTables.describe(connection, plan.target().table());
        try (CopyLoader loader = CopyLoader.open(connection, table, plan, RunMode.FULL, r -> { }, options)) {
            rows.forEach(loader::accept);
            return new Loaded(loader.finish(), loader.direct());
        }
    }

    private static String stock(String name) throws SQLException {
        String table = "direct_tests." + name;
        execute(connection, "CREATE TABLE " + table + " (store varchar(5), drug char(6), quantity integer,"
                + " price numeric(10,2), note text, PRIMARY KEY (store, drug))");
        return table;
    }

    private static DatasetPlan stockPlan(String table, Cleaning.Dedupe dedupe) {
        return plan(table, List.of(), dedupe, List.of("quantity", "price"), null,
                "store", "drug", "quantity", "price", "note");
    }

    /** 3,000 rows over about 1,000 keys: many repeated, some with trailing blanks char(6) ignores. */
    private static List<RowOutcome.Accepted> stockRows() {
        Random random = new Random(7);
        List<RowOutcome.Accepted> rows = new ArrayList<>();
        for (int line = 2; line < 3_002; line++) {
            String drug = "D" + random.nextInt(100) + (random.nextInt(10) == 0 ? " " : "");
            rows.add(row(line, "S" + random.nextInt(10), drug, (long) random.nextInt(1_000),
                    BigDecimal.valueOf(random.nextInt(100_000), 3), "行" + line));
        }
        return rows;
    }

    @Test
    void duplicatesAndFalsePositivesEndAsOnTheStagingPathKeepingFirstOrLastAndSpilling() throws SQLException {
        for (Cleaning.Dedupe dedupe : Cleaning.Dedupe.values()) {
            String reference = stock("reference_" + dedupe.name().toLowerCase());
            String fast = stock("fast_" + dedupe.name().toLowerCase());
            String spilled = stock("spilled_" + dedupe.name().toLowerCase());
            List<RowOutcome.Accepted> rows = stockRows();

            Loaded expected = load(stockPlan(reference, dedupe), STAGING, rows);
            Loaded direct = load(stockPlan(fast, dedupe), TINY_FILTER, rows);
            Loaded spilling = load(stockPlan(spilled, dedupe), TINY_FILTER_AND_MEMORY, rows);

            assertThat(expected.direct()).isNull();
            assertThat(direct.direct()).isNotNull();
            assertThat(direct.direct().spilled()).isFalse();
            assertThat(spilling.direct().spilled()).isTrue();
            // Far more rows diverted than there are duplicates: the filter's false positives, all inserted.
            assertThat(direct.direct().divertedRows()).isGreaterThan(expected.result().duplicatesRemoved() + 500);
            String content = "SELECT store, drug, quantity, price, note FROM %s ORDER BY store, drug";
            for (Loaded loaded : List.of(direct, spilling)) {
                String table = loaded == direct ? fast : spilled;
                assertThat(rows(connection, content.formatted(table)))
                        .isEqualTo(rows(connection, content.formatted(reference)));
                LoadResult result = loaded.result();
                assertThat(result.inserted()).isEqualTo(expected.result().inserted());
                assertThat(result.duplicatesRemoved()).isEqualTo(expected.result().duplicatesRemoved())
                        .isGreaterThan(1_000);
                assertThat(result.reconciliation().passed()).isTrue();
                assertThat(result.reconciliation().sourceRows())
                        .isEqualTo(expected.result().reconciliation().sourceRows());
                assertThat(result.reconciliation().sourceDistinctKeys())
                        .isEqualTo(expected.result().reconciliation().sourceDistinctKeys());
                assertThat(result.reconciliation().sums()).isEqualTo(expected.result().reconciliation().sums());
            }
        }
    }

    @Test
    void rowsOutOfLineOrderAreResolvedByLineAsOnTheStagingPath() throws SQLException {
        for (Cleaning.Dedupe dedupe : Cleaning.Dedupe.values()) {
            String reference = stock("shuffled_reference_" + dedupe.name().toLowerCase());
            String fast = stock("shuffled_fast_" + dedupe.name().toLowerCase());
            List<RowOutcome.Accepted> rows = new ArrayList<>(stockRows());
            java.util.Collections.shuffle(rows, new Random(11));

            Loaded expected = load(stockPlan(reference, dedupe), STAGING, rows);
            Loaded direct = load(stockPlan(fast, dedupe), DirectLoad.DEFAULTS, rows);

            assertThat(direct.direct()).isNotNull();
            String content = "SELECT store, drug, quantity, price, note FROM %s ORDER BY store, drug";
            assertThat(rows(connection, content.formatted(fast)))
                    .isEqualTo(rows(connection, content.formatted(reference)));
            assertThat(direct.result().inserted()).isEqualTo(expected.result().inserted());
            assertThat(direct.result().duplicatesRemoved()).isEqualTo(expected.result().duplicatesRemoved());
            assertThat(direct.result().reconciliation().passed()).isTrue();
            assertThat(direct.result().reconciliation().sums()).isEqualTo(expected.result().reconciliation().sums());
        }
    }

    @Test
    void aForcedFalsePositiveIsInserted() throws SQLException {
        execute(connection, "CREATE TABLE direct_tests.distinct_keys (id bigint PRIMARY KEY, amount numeric(8,2))");
        DatasetPlan plan = plan("direct_tests.distinct_keys", List.of(), Cleaning.Dedupe.KEEP_FIRST,
                List.of("amount"), null, "id", "amount");
        List<RowOutcome.Accepted> rows = new ArrayList<>();
        for (long id = 0; id < 500; id++) {
            rows.add(row(id + 2, id, new BigDecimal("1.005")));
        }

        Loaded loaded = load(plan, TINY_FILTER, rows);

        assertThat(loaded.direct().divertedRows()).isGreaterThan(400);
        assertThat(loaded.result().inserted()).isEqualTo(500);
        assertThat(loaded.result().duplicatesRemoved()).isZero();
        assertThat(rows(connection, "SELECT count(*), sum(amount) FROM direct_tests.distinct_keys"))
                .containsExactly(List.of("500", "505.00"));
        Reconciliation reconciliation = loaded.result().reconciliation();
        assertThat(reconciliation.passed()).isTrue();
        // numeric(8,2) rounds 1.005 to 1.01 in the table; the source side rounds alike
        assertThat(reconciliation.sums().get(0).source()).isEqualByComparingTo("505.00");
    }

    @Test
    void sumsRoundToNegativeScalesAndFloatsAreSummedInSqlFromTheSetAsideColumns() throws SQLException {
        execute(connection, "CREATE TABLE direct_tests.sums (id bigint PRIMARY KEY, hundreds numeric(6,-2),"
                + " weight double precision)");
        DatasetPlan rounded = plan("direct_tests.sums", List.of(), null, List.of("hundreds"), null,
                "id", "hundreds", "weight");
        DatasetPlan floats = plan("direct_tests.sums", List.of(), null, List.of("hundreds", "weight"), null,
                "id", "hundreds", "weight");
        List<RowOutcome.Accepted> rows = List.of(row(2, 1L, new BigDecimal("1250"), 0.1),
                row(3, 2L, new BigDecimal("149"), 0.2), row(4, 3L, new BigDecimal("-50"), 0.3));

        Reconciliation byJava = load(rounded, DirectLoad.DEFAULTS, rows).result().reconciliation();
        Reconciliation bySql = load(floats, DirectLoad.DEFAULTS, rows).result().reconciliation();

        assertThat(byJava.passed()).isTrue();
        assertThat(byJava.sums().get(0).source()).isEqualByComparingTo("1300");
        assertThat(bySql.passed()).isTrue();
        assertThat(bySql.sums().get(0).source()).isEqualByComparingTo("1300");
        assertThat(bySql.sums().get(1).source()).isEqualByComparingTo(bySql.sums().get(1).target());
    }

    @Test
    void aKeyValueTheFilterCannotHashDivertsEverythingAfterItAndStillDeDuplicates() throws SQLException {
        execute(connection, "CREATE TABLE direct_tests.odd_keys (code varchar(10) PRIMARY KEY, n integer)");
        DatasetPlan plan = plan("direct_tests.odd_keys", List.of(), Cleaning.Dedupe.KEEP_FIRST, List.of("n"), null,
                "code", "n");

        Loaded loaded = load(plan, DirectLoad.DEFAULTS, List.of(row(2, "A", 1L), row(3, 7, 2L), row(4, "7", 3L),
                row(5, "A", 4L), row(6, "B", 5L)));

        assertThat(loaded.direct().divertedRows()).isEqualTo(4);
        assertThat(rows(connection, "SELECT code, n FROM direct_tests.odd_keys ORDER BY code"))
                .containsExactly(List.of("7", "2"), List.of("A", "1"), List.of("B", "5"));
        assertThat(loaded.result().duplicatesRemoved()).isEqualTo(2);
        assertThat(loaded.result().reconciliation().passed()).isTrue();
        assertThat(loaded.result().reconciliation().sums().get(0).source()).isEqualByComparingTo("8");
    }

    @Test
    void withoutDeDuplicationARepeatedKeyFailsTheCopyAndLeavesTheTargetAsItWas() throws SQLException {
        execute(connection, "CREATE TABLE direct_tests.no_dedupe (id varchar(10) PRIMARY KEY, n integer)",
                "INSERT INTO direct_tests.no_dedupe VALUES ('OLD', 0)");
        DatasetPlan plan = plan("direct_tests.no_dedupe", List.of(), null, List.of(), null, "id", "n");
        List<RowOutcome.Accepted> rows = new ArrayList<>();
        for (long i = 0; i < 20_000; i++) {
            rows.add(row(i + 2, "K" + i, i)); // enough to send several buffers before the repeat
        }
        rows.add(row(20_002, "K5", 5L));
        TargetTable table = TargetTables.describe(connection, "direct_tests.no_dedupe");

        try (CopyLoader loader = CopyLoader.open(connection, table, plan, RunMode.FULL, r -> { })) {
            assertThat(loader.direct()).isNotNull();
            assertThatThrownBy(() -> {
                rows.forEach(loader::accept);
                loader.finish();
            }).isInstanceOfSatisfying(LoadException.class,
                    e -> assertThat(e.messageCode()).isEqualTo("migration.load.failed"));
        }

        assertThat(rows(connection, "SELECT id, n FROM direct_tests.no_dedupe")).containsExactly(List.of("OLD", "0"));
        assertThat(connection.getAutoCommit()).isTrue();
    }

    @Test
    void aTriggerThatRewritesASummedValueFailsTheReconciliationAlsoWhenAReplacedRowNeedsTheSetAsideKeys()
            throws SQLException {
        String table = stock("trigger_sum");
        execute(connection, "CREATE FUNCTION direct_tests.double_quantity() RETURNS trigger LANGUAGE plpgsql AS"
                        + " $$ BEGIN IF NEW.drug = 'D2' THEN NEW.quantity := NEW.quantity * 2; END IF;"
                        + " RETURN NEW; END $$",
                "CREATE TRIGGER double_quantity BEFORE INSERT ON " + table
                        + " FOR EACH ROW EXECUTE FUNCTION direct_tests.double_quantity()");
        List<RowOutcome.Accepted> rows = List.of(row(2, "S1", "D1", 5L, null, null),
                row(3, "S1", "D2", 7L, null, null), row(4, "S1", "D2", 8L, null, null));

        for (Cleaning.Dedupe dedupe : Cleaning.Dedupe.values()) {
            Loaded loaded = load(stockPlan(table, dedupe), DirectLoad.DEFAULTS, rows);

            assertThat(loaded.direct()).isNotNull();
            Reconciliation reconciliation = loaded.result().reconciliation();
            assertThat(reconciliation.passed()).isFalse();
            assertThat(reconciliation.sourceRows()).isEqualTo(2).isEqualTo(reconciliation.targetRows());
            assertThat(reconciliation.missingInTargetCount()).isZero();
            long kept = dedupe == Cleaning.Dedupe.KEEP_FIRST ? 7 : 8;
            assertThat(reconciliation.sums().get(0)).satisfies(sum -> {
                assertThat(sum.source()).isEqualByComparingTo(BigDecimal.valueOf(5 + kept));
                // keep-last's row replaces the first one by an insert, through the trigger like every row
                assertThat(sum.target()).isEqualByComparingTo(BigDecimal.valueOf(5 + 2 * kept));
            });
            assertThat(reconciliation.sums().get(1).matches()).isTrue(); // all null on both sides
        }
    }

    @Test
    void keysATriggerDropsOrRenamesAreListedOnBothSides() throws SQLException {
        String table = stock("trigger_keys");
        execute(connection, "CREATE FUNCTION direct_tests.mangle() RETURNS trigger LANGUAGE plpgsql AS"
                        + " $$ BEGIN IF NEW.drug = 'D2' THEN RETURN NULL; END IF;"
                        + " IF NEW.drug = 'D3' THEN NEW.store := 'X'; END IF; RETURN NEW; END $$",
                "CREATE TRIGGER mangle BEFORE INSERT ON " + table
                        + " FOR EACH ROW EXECUTE FUNCTION direct_tests.mangle()");

        Reconciliation reconciliation = load(stockPlan(table, Cleaning.Dedupe.KEEP_FIRST), DirectLoad.DEFAULTS,
                List.of(row(2, "S1", "D1", 1L, null, null), row(3, "S1", "D2", 2L, null, null),
                        row(4, "S1", "D3", 3L, null, null))).result().reconciliation();

        assertThat(reconciliation.passed()).isFalse();
        assertThat(reconciliation.sourceRows()).isEqualTo(3);
        assertThat(reconciliation.targetRows()).isEqualTo(2);
        assertThat(reconciliation.missingInTarget()).containsExactly("S1|D2", "S1|D3");
        assertThat(reconciliation.missingInTargetCount()).isEqualTo(2);
        assertThat(reconciliation.missingInSource()).containsExactly("X|D3");
    }

    @Test
    void javaAndPostgresComputeTheSameKeyChecksum() throws SQLException {
        execute(connection, "CREATE TABLE direct_tests.checksum (a varchar(6), b char(4), c bigint, d text,"
                + " e integer, PRIMARY KEY (a, b, c, d))");
        DatasetPlan plan = plan("direct_tests.checksum", List.of(), Cleaning.Dedupe.KEEP_FIRST, List.of(), null,
                "a", "b", "c", "d", "e");
        List<RowOutcome.Accepted> rows = List.of(row(2, "a", "b", 1L, "", null),
                row(3, "长", "b  ", -5L, "tab\there, \"quoted\" (x) \\ 😀 𠀀", 1),
                row(4, "a,b", "中文", Long.MIN_VALUE, "-", 2), row(5, "a    ", " x", 0L, "1:-", 3),
                row(6, "aaaaaa  ", "abcd   ", 42L, "x\ny\r", 4));
        TargetTable table = TargetTables.describe(connection, "direct_tests.checksum");
        SourceTotals totals = new SourceTotals(LoadLayout.of(connection, table, plan));
        rows.forEach(r -> totals.add(r.values()));

        Loaded loaded = load(plan, DirectLoad.DEFAULTS, rows);

        assertThat(totals.exact()).isTrue();
        assertThat(loaded.direct()).isNotNull();
        assertThat(loaded.result().reconciliation().passed()).isTrue();
        assertThat(rows(connection, "SELECT coalesce(sum(" + SourceTotals.sqlKeyHash("t", List.of("a", "b", "c", "d"))
                + "::numeric), 0) FROM direct_tests.checksum t"))
                .containsExactly(List.of(totals.checksum().toPlainString()));
    }

    @Test
    void datasetsWithReferenceChecksOrReferencedTablesOrOtherModesTakeTheStagingPath() throws SQLException {
        execute(connection, "CREATE TABLE direct_tests.codes (code varchar(2) PRIMARY KEY)",
                "INSERT INTO direct_tests.codes VALUES ('01')",
                "CREATE TABLE direct_tests.checked (id varchar(5) PRIMARY KEY, code varchar(2))",
                "CREATE TABLE direct_tests.days (day date PRIMARY KEY)");
        DatasetPlan checked = plan("direct_tests.checked", List.of(), Cleaning.Dedupe.KEEP_FIRST, List.of(), null,
                List.of(field("id", List.of()),
                        field("code", List.of(new Validation.Reference("direct_tests.codes", "code")))));
        DatasetPlan referenced = plan("direct_tests.codes", List.of(), Cleaning.Dedupe.KEEP_FIRST, List.of(), null,
                "code");
        execute(connection, "ALTER TABLE direct_tests.checked ADD FOREIGN KEY (code) REFERENCES direct_tests.codes");
        DatasetPlan byDay = plan("direct_tests.days", List.of(), Cleaning.Dedupe.KEEP_FIRST, List.of(), null, "day");
        DatasetPlan plain = plan("direct_tests.checked", List.of(), Cleaning.Dedupe.KEEP_FIRST, List.of(), null,
                "id", "code");

        assertThat(path(checked, RunMode.FULL)).isFalse();
        assertThat(path(referenced, RunMode.FULL)).isFalse();
        assertThat(path(byDay, RunMode.FULL)).isFalse();
        assertThat(path(plain, RunMode.INCREMENTAL)).isFalse();
        assertThat(path(plain, RunMode.SAMPLE)).isFalse();
        assertThat(path(plain, RunMode.FULL)).isTrue();
    }

    private static boolean path(DatasetPlan plan, RunMode mode) throws SQLException {
        TargetTable table = TargetTables.describe(connection, plan.target().table());
        try (CopyLoader loader = CopyLoader.open(connection, table, plan, mode, r -> { })) {
            return loader.direct() != null;
        }
    }
}
