package io.luodi.migration.engine.load;

import io.luodi.migration.engine.plan.Cleaning;
import io.luodi.migration.engine.plan.DatasetPlan;
import io.luodi.migration.engine.plan.RunMode;
import io.luodi.migration.engine.plan.Validation;
import io.luodi.migration.engine.process.Rejection;
import io.luodi.migration.engine.process.RowOutcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static io.luodi.migration.engine.load.LoadFixture.execute;
import static io.luodi.migration.engine.load.LoadFixture.field;
import static io.luodi.migration.engine.load.LoadFixture.load;
import static io.luodi.migration.engine.load.LoadFixture.plan;
import static io.luodi.migration.engine.load.LoadFixture.row;
import static io.luodi.migration.engine.load.LoadFixture.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CopyLoaderTests {

    private static Connection connection;

    @BeforeAll
    static void schema() throws SQLException {
        connection = LoadFixture.connect();
        execute(connection, "DROP SCHEMA IF EXISTS load_tests CASCADE", "CREATE SCHEMA load_tests");
    }

    @AfterAll
    static void close() throws SQLException {
        connection.close();
    }

    /** A patients table shaped like the sample's target; {@code name} is its name inside load_tests. */
    private static String patients(String name) throws SQLException {
        String table = "load_tests." + name;
        execute(connection, "CREATE TABLE " + table + " (patient_id varchar(20) PRIMARY KEY,"
                + " name varchar(50) NOT NULL, gender char(1), birth_date date, balance numeric(12,2),"
                + " created_at timestamp, remarks text)");
        return table;
    }

    private static DatasetPlan patientPlan(String table, Cleaning.Dedupe dedupe) {
        return plan(table, List.of("patient_id"), dedupe, List.of("balance"), null,
                "patient_id", "name", "gender", "birth_date", "balance", "created_at", "remarks");
    }

    private static RowOutcome.Accepted patient(long line, String id, String name, String balance) {
        return row(line, id, name, "M", LocalDate.of(1985, 3, 7), new BigDecimal(balance),
                LocalDateTime.of(2020, 1, 2, 3, 4, 5), null);
    }

    private static List<RowOutcome.Accepted> threePatients() {
        return List.of(patient(2, "P001", "张三", "10.50"), patient(3, "P002", "李四", "20.00"),
                patient(4, "P003", "王五", "1,000".replace(",", "")));
    }

    @Test
    void describesColumnsInTableOrderWithTypesNullabilityLengthsAndThePrimaryKey() throws SQLException {
        execute(connection, "CREATE TABLE load_tests.described (code varchar(10), seq integer, amount numeric(12,2)"
                + " NOT NULL, flag char(1), note text, at timestamp, PRIMARY KEY (seq, code))");

        TargetTable table = TargetTables.describe(connection, "load_tests.described");

        assertThat(table.schema()).isEqualTo("load_tests");
        assertThat(table.name()).isEqualTo("described");
        assertThat(table.columns()).containsExactly(
                new TargetColumn("code", "character varying(10)", false, 10),
                new TargetColumn("seq", "integer", false, null),
                new TargetColumn("amount", "numeric(12,2)", false, null),
                new TargetColumn("flag", "character(1)", true, 1),
                new TargetColumn("note", "text", true, null),
                new TargetColumn("at", "timestamp without time zone", true, null));
        assertThat(table.primaryKey()).containsExactly("seq", "code");
    }

    @Test
    void findsTablesByFoldedOrExactCaseAndThroughTheSearchPath() throws SQLException {
        execute(connection, "CREATE TABLE load_tests.\"MixedCase\" (id integer PRIMARY KEY)",
                "CREATE TABLE load_tests.lower_case (id integer PRIMARY KEY)");

        assertThat(TargetTables.describe(connection, "LOAD_TESTS.Lower_Case").name()).isEqualTo("lower_case");
        assertThat(TargetTables.describe(connection, "load_tests.MixedCase").name()).isEqualTo("MixedCase");
        assertThat(TargetTables.describe(connection, "\"load_tests\".\"MixedCase\"").name()).isEqualTo("MixedCase");
        assertThat(TargetTables.describe(connection, "pg_class").schema()).isEqualTo("pg_catalog");
    }

    @Test
    void aMissingTableIsAnErrorNamingIt() {
        assertThatThrownBy(() -> TargetTables.describe(connection, "load_tests.nowhere"))
                .isInstanceOfSatisfying(LoadException.class, e -> {
                    assertThat(e.messageCode()).isEqualTo("migration.load.tableNotFound");
                    assertThat(e.arguments()).containsExactly("load_tests.nowhere");
                });
        assertThatThrownBy(() -> TargetTables.describe(connection, "a.b.c"))
                .isInstanceOf(LoadException.class);
    }

    @Test
    void aPlanThatMapsAColumnTheTableLacksIsRefusedBeforeAnyRow() throws SQLException {
        String table = patients("unknown_column");
        DatasetPlan plan = plan(table, List.of("patient_id"), null, List.of(), null, "patient_id", "nickname");
        TargetTable target = TargetTables.describe(connection, table);

        assertThatThrownBy(() -> CopyLoader.open(connection, target, plan, RunMode.FULL, r -> { }))
                .isInstanceOfSatisfying(LoadException.class, e -> {
                    assertThat(e.messageCode()).isEqualTo("migration.load.columnNotFound");
                    assertThat(e.arguments()).containsExactly("load_tests.unknown_column", "nickname");
                });
        assertThat(connection.getAutoCommit()).isTrue();
    }

    @Test
    void fullTwiceLeavesTheTableAsOneRunDoes() throws SQLException {
        String table = patients("full_twice");
        execute(connection, "INSERT INTO " + table + " VALUES ('OLD', 'old row', 'F', null, 1, null, null)");
        DatasetPlan plan = patientPlan(table, Cleaning.Dedupe.KEEP_FIRST);

        LoadResult first = load(connection, plan, RunMode.FULL, new ArrayList<>(), threePatients());
        List<List<String>> afterFirst = rows(connection, "SELECT * FROM " + table + " ORDER BY patient_id");
        LoadResult second = load(connection, plan, RunMode.FULL, new ArrayList<>(), threePatients());

        assertThat(rows(connection, "SELECT * FROM " + table + " ORDER BY patient_id")).isEqualTo(afterFirst)
                .extracting(r -> r.get(0)).containsExactly("P001", "P002", "P003");
        assertThat(afterFirst.get(0)).containsExactly("P001", "张三", "M", "1985-03-07", "10.50",
                "2020-01-02 03:04:05", null);
        assertThat(first.inserted()).isEqualTo(3);
        assertThat(second.inserted()).isEqualTo(3);
        assertThat(second.reconciliation().passed()).isTrue();
        assertThat(second.reconciliation().sums()).singleElement()
                .isEqualTo(new Reconciliation.SumCheck("balance", new BigDecimal("1030.50"),
                        new BigDecimal("1030.50")));
        assertThat(connection.getAutoCommit()).isTrue();
    }

    @Test
    void deDuplicatesKeepingTheFirstOrTheLastRowOfAKey() throws SQLException {
        String table = patients("dedupe");
        List<RowOutcome.Accepted> rows = List.of(patient(2, "P001", "first", "1"), patient(3, "P002", "only", "2"),
                patient(4, "P001", "second", "3"), patient(5, "P001", "third", "4"));

        LoadResult keepFirst = load(connection, patientPlan(table, Cleaning.Dedupe.KEEP_FIRST), RunMode.FULL,
                new ArrayList<>(), rows);
        List<List<String>> firstKept = rows(connection, "SELECT patient_id, name FROM " + table + " ORDER BY 1");
        LoadResult keepLast = load(connection, patientPlan(table, Cleaning.Dedupe.KEEP_LAST), RunMode.FULL,
                new ArrayList<>(), rows);
        List<List<String>> lastKept = rows(connection, "SELECT patient_id, name FROM " + table + " ORDER BY 1");

        assertThat(firstKept).containsExactly(List.of("P001", "first"), List.of("P002", "only"));
        assertThat(lastKept).containsExactly(List.of("P001", "third"), List.of("P002", "only"));
        assertThat(keepFirst.duplicatesRemoved()).isEqualTo(2);
        assertThat(keepLast.duplicatesRemoved()).isEqualTo(2);
        assertThat(keepLast.inserted()).isEqualTo(2);
        assertThat(keepLast.reconciliation().sourceRows()).isEqualTo(2);
        assertThat(keepLast.reconciliation().sums().get(0).source()).isEqualByComparingTo("6");
        assertThat(keepLast.reconciliation().passed()).isTrue();
    }

    @Test
    void deDuplicatesKeysOfEveryTypeAmongManyDistinctOnes() throws SQLException {
        execute(connection, "CREATE TABLE load_tests.by_char (code char(6) PRIMARY KEY, n integer)",
                "CREATE TABLE load_tests.by_day (day date PRIMARY KEY, n integer)",
                "CREATE TABLE load_tests.by_number (id bigint, part integer, n integer, PRIMARY KEY (id, part))");
        List<RowOutcome.Accepted> chars = new ArrayList<>();
        List<RowOutcome.Accepted> days = new ArrayList<>();
        List<RowOutcome.Accepted> numbers = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            chars.add(row(i + 2, String.format("C%05d", i), (long) i));
            days.add(row(i + 2, LocalDate.of(2000, 1, 1).plusDays(i), (long) i));
            numbers.add(row(i + 2, (long) i, 1L, (long) i));
        }
        chars.add(row(20_000, "C00007 ", 20_000L)); // char(6) ignores the trailing blank: the same key
        days.add(row(20_000, LocalDate.of(2000, 1, 8), 20_000L));
        numbers.add(row(20_000, 7L, 1, 20_000L));

        LoadResult byChar = load(connection, plan("load_tests.by_char", List.of(), Cleaning.Dedupe.KEEP_LAST,
                List.of(), null, "code", "n"), RunMode.FULL, new ArrayList<>(), chars);
        LoadResult byDay = load(connection, plan("load_tests.by_day", List.of(), Cleaning.Dedupe.KEEP_LAST,
                List.of(), null, "day", "n"), RunMode.FULL, new ArrayList<>(), days);
        LoadResult byNumber = load(connection, plan("load_tests.by_number", List.of(), Cleaning.Dedupe.KEEP_LAST,
                List.of(), null, "id", "part", "n"), RunMode.FULL, new ArrayList<>(), numbers);

        assertThat(List.of(byChar, byDay, byNumber)).allSatisfy(result -> {
            assertThat(result.duplicatesRemoved()).isEqualTo(1);
            assertThat(result.inserted()).isEqualTo(10_000);
            assertThat(result.reconciliation().passed()).isTrue();
        });
        assertThat(rows(connection, "SELECT n FROM load_tests.by_char WHERE code = 'C00007'"))
                .containsExactly(List.of("20000"));
        assertThat(rows(connection, "SELECT n FROM load_tests.by_day WHERE day = '2000-01-08'"))
                .containsExactly(List.of("20000"));
        assertThat(rows(connection, "SELECT n FROM load_tests.by_number WHERE id = 7"))
                .containsExactly(List.of("20000"));
    }

    @Test
    void withoutDeDuplicationARepeatedPrimaryKeyFailsTheLoadAndChangesNothing() throws SQLException {
        String table = patients("no_dedupe");
        execute(connection, "INSERT INTO " + table + " VALUES ('OLD', 'old row', 'F', null, 1, null, null)");
        List<RowOutcome.Accepted> rows = List.of(patient(2, "P001", "first", "1"), patient(3, "P001", "again", "2"));

        assertThatThrownBy(() -> load(connection, patientPlan(table, null), RunMode.FULL, new ArrayList<>(), rows))
                .isInstanceOfSatisfying(LoadException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("migration.load.failed"));
        assertThat(rows(connection, "SELECT patient_id FROM " + table)).containsExactly(List.of("OLD"));
        assertThat(connection.getAutoCommit()).isTrue();
    }

    @Test
    void rowsWithAMissingReferenceAreRejectedWithTheirLinesAndTheRestLoads() throws SQLException {
        execute(connection, "CREATE TABLE load_tests.insurance (code varchar(2) PRIMARY KEY)",
                "INSERT INTO load_tests.insurance VALUES ('01'), ('02')",
                "CREATE TABLE load_tests.departments (id integer PRIMARY KEY)",
                "INSERT INTO load_tests.departments VALUES (7)",
                "CREATE TABLE load_tests.insured (id varchar(10) PRIMARY KEY, insurance varchar(2), department"
                        + " varchar(5))");
        DatasetPlan plan = plan("load_tests.insured", List.of("id"), Cleaning.Dedupe.KEEP_FIRST, List.of(), null,
                List.of(field("id", List.of()),
                        field("insurance", List.of(new Validation.Reference("load_tests.insurance", "code"))),
                        field("department", List.of(new Validation.Reference("load_tests.departments", "id")))));
        List<Rejection> rejections = new ArrayList<>();

        LoadResult result = load(connection, plan, RunMode.FULL, rejections, List.of(
                row(2, "A", "01", "7"), row(3, "B", "05", "7"), row(4, "C", null, null), row(5, "D", "02", "8"),
                row(6, "E", "09", "7")));

        assertThat(rejections).containsExactly(new Rejection(3, "insurance", "05", "missing_reference"),
                new Rejection(6, "insurance", "09", "missing_reference"),
                new Rejection(5, "department", "8", "missing_reference"));
        assertThat(result.referenceRejected()).isEqualTo(3);
        assertThat(rows(connection, "SELECT id FROM load_tests.insured ORDER BY id"))
                .containsExactly(List.of("A"), List.of("C"));
        assertThat(result.reconciliation().sourceRows()).isEqualTo(2);
        assertThat(result.reconciliation().passed()).isTrue();
    }

    @Test
    void incrementalByHashInsertsNewRowsUpdatesChangedOnesAndCountsTheUnchanged() throws SQLException {
        String table = patients("incremental_hash");
        DatasetPlan plan = patientPlan(table, Cleaning.Dedupe.KEEP_FIRST);
        load(connection, plan, RunMode.FULL, new ArrayList<>(), threePatients());
        execute(connection, "INSERT INTO " + table + " VALUES ('KEEP', 'not in the file', 'F', null, 5, null, null)");

        LoadResult result = load(connection, plan, RunMode.INCREMENTAL, new ArrayList<>(), List.of(
                patient(2, "P001", "张三", "10.50"), patient(3, "P002", "李四改", "20.00"),
                patient(4, "P003", "王五", "999.99"), patient(5, "P004", "赵六", "1")));

        assertThat(result.inserted()).isEqualTo(1);
        assertThat(result.updated()).isEqualTo(2);
        assertThat(result.unchanged()).isEqualTo(1);
        assertThat(rows(connection, "SELECT patient_id, name, balance FROM " + table + " ORDER BY 1"))
                .containsExactly(List.of("KEEP", "not in the file", "5.00"), List.of("P001", "张三", "10.50"),
                        List.of("P002", "李四改", "20.00"), List.of("P003", "王五", "999.99"),
                        List.of("P004", "赵六", "1.00"));
        Reconciliation reconciliation = result.reconciliation();
        assertThat(reconciliation.targetRows()).isEqualTo(4); // the run's keys only, KEEP is not the run's
        assertThat(reconciliation.missingInSourceCount()).isZero();
        assertThat(reconciliation.passed()).isTrue();
    }

    @Test
    void incrementalByWatermarkWritesOnlyRowsWithANewerWatermark() throws SQLException {
        String table = patients("incremental_watermark");
        DatasetPlan plan = plan(table, List.of("patient_id"), Cleaning.Dedupe.KEEP_LAST, List.of(), "created_at",
                "patient_id", "name", "created_at");
        LocalDateTime monday = LocalDateTime.of(2026, 12, 7, 9, 0);
        load(connection, plan, RunMode.FULL, new ArrayList<>(), List.of(row(2, "P001", "a", monday),
                row(3, "P002", "b", monday), row(4, "P003", "c", null)));

        LoadResult result = load(connection, plan, RunMode.INCREMENTAL, new ArrayList<>(), List.of(
                row(2, "P001", "a changed, same watermark", monday),
                row(3, "P002", "b newer", monday.plusDays(1)),
                row(4, "P003", "c now stamped", monday),
                row(5, "P004", "d new", monday)));

        assertThat(result.inserted()).isEqualTo(1);
        assertThat(result.updated()).isEqualTo(2);
        assertThat(result.unchanged()).isEqualTo(1);
        assertThat(rows(connection, "SELECT name FROM " + table + " ORDER BY patient_id")).extracting(r -> r.get(0))
                .containsExactly("a", "b newer", "c now stamped", "d new");
        assertThat(result.reconciliation().passed()).isTrue();
    }

    @Test
    void aSampleLeavesTheTargetUntouchedAndPreviewsTheRowsAsTheyWouldBeLoaded() throws SQLException {
        String table = patients("sample");
        execute(connection, "ALTER TABLE " + table + " ADD COLUMN status varchar(10) DEFAULT 'new'",
                "INSERT INTO " + table + " (patient_id, name) VALUES ('P002', 'before')");
        List<Rejection> rejections = new ArrayList<>();

        LoadResult result = load(connection, patientPlan(table, Cleaning.Dedupe.KEEP_FIRST), RunMode.SAMPLE,
                rejections, threePatients());

        assertThat(rows(connection, "SELECT patient_id, name FROM " + table))
                .containsExactly(List.of("P002", "before"));
        assertThat(connection.getAutoCommit()).isTrue();
        assertThat(result.inserted()).isEqualTo(2);
        assertThat(result.updated()).isEqualTo(1);
        assertThat(result.preview()).hasSize(3);
        assertThat(result.preview().get(0)).containsExactly(
                entry("patient_id", "P001"), entry("name", "张三"), entry("gender", "M"),
                entry("birth_date", LocalDate.of(1985, 3, 7)), entry("balance", new BigDecimal("10.50")),
                entry("created_at", LocalDateTime.of(2020, 1, 2, 3, 4, 5)), entry("remarks", null),
                entry("status", "new"));
        assertThat(result.preview()).extracting(r -> r.get("patient_id")).containsExactly("P001", "P002", "P003");
        assertThat(result.reconciliation().passed()).isTrue();
    }

    private static java.util.Map.Entry<String, Object> entry(String key, Object value) {
        return new java.util.AbstractMap.SimpleEntry<>(key, value);
    }

    @Test
    void aTriggerThatChangesASummedValueFailsTheReconciliation() throws SQLException {
        String table = patients("trigger_sum");
        execute(connection, "CREATE FUNCTION load_tests.round_balance() RETURNS trigger LANGUAGE plpgsql AS"
                        + " $$ BEGIN NEW.balance := round(NEW.balance); RETURN NEW; END $$",
                "CREATE TRIGGER round_balance BEFORE INSERT ON " + table
                        + " FOR EACH ROW EXECUTE FUNCTION load_tests.round_balance()");

        LoadResult result = load(connection, patientPlan(table, Cleaning.Dedupe.KEEP_FIRST), RunMode.FULL,
                new ArrayList<>(), threePatients());

        Reconciliation reconciliation = result.reconciliation();
        assertThat(reconciliation.passed()).isFalse();
        assertThat(reconciliation.sourceRows()).isEqualTo(reconciliation.targetRows());
        assertThat(reconciliation.sums()).singleElement().satisfies(sum -> {
            assertThat(sum.source()).isEqualByComparingTo("1030.50");
            assertThat(sum.target()).isEqualByComparingTo("1031");
            assertThat(sum.matches()).isFalse();
        });
    }

    @Test
    void keysLostOrChangedOnTheWayAreListedOnBothSides() throws SQLException {
        String table = patients("trigger_keys");
        execute(connection, "CREATE FUNCTION load_tests.mangle_keys() RETURNS trigger LANGUAGE plpgsql AS"
                        + " $$ BEGIN IF NEW.patient_id = 'P002' THEN RETURN NULL; END IF;"
                        + " IF NEW.patient_id = 'P003' THEN NEW.patient_id := 'X003'; END IF; RETURN NEW; END $$",
                "CREATE TRIGGER mangle_keys BEFORE INSERT ON " + table
                        + " FOR EACH ROW EXECUTE FUNCTION load_tests.mangle_keys()");

        Reconciliation reconciliation = load(connection, patientPlan(table, Cleaning.Dedupe.KEEP_FIRST),
                RunMode.FULL, new ArrayList<>(), threePatients()).reconciliation();

        assertThat(reconciliation.passed()).isFalse();
        assertThat(reconciliation.sourceRows()).isEqualTo(3);
        assertThat(reconciliation.targetRows()).isEqualTo(2);
        assertThat(reconciliation.missingInTargetCount()).isEqualTo(2);
        assertThat(reconciliation.missingInTarget()).containsExactly("P002", "P003");
        assertThat(reconciliation.missingInSourceCount()).isEqualTo(1);
        assertThat(reconciliation.missingInSource()).containsExactly("X003");
    }

    @Test
    void compositeKeysAreJoinedWithABar() throws SQLException {
        execute(connection, "CREATE TABLE load_tests.stock (store varchar(5), drug varchar(5), quantity integer,"
                + " PRIMARY KEY (store, drug))");
        DatasetPlan plan = plan("load_tests.stock", List.of(), Cleaning.Dedupe.KEEP_LAST, List.of("quantity"), null,
                "store", "drug", "quantity");

        LoadResult result = load(connection, plan, RunMode.FULL, new ArrayList<>(), List.of(row(2, "S1", "D1", 5L),
                row(3, "S1", "D2", 7L), row(4, "S1", "D1", 6L)));

        assertThat(result.duplicatesRemoved()).isEqualTo(1);
        assertThat(rows(connection, "SELECT store, drug, quantity FROM load_tests.stock ORDER BY 1, 2"))
                .containsExactly(List.of("S1", "D1", "6"), List.of("S1", "D2", "7"));
        assertThat(result.reconciliation().sums().get(0).target()).isEqualByComparingTo("13");
        assertThat(result.reconciliation().passed()).isTrue();
    }

    @Test
    void tabsNewlinesBackslashesAndChineseSurviveCopy() throws SQLException {
        execute(connection, "CREATE TABLE load_tests.texts (id bigint PRIMARY KEY, body text, flag boolean,"
                + " day date, at timestamp, amount numeric)");
        DatasetPlan plan = plan("load_tests.texts", List.of("id"), null, List.of(), null,
                "id", "body", "flag", "day", "at", "amount");
        List<String> bodies = List.of("tab\there", "new\nline", "carriage\rreturn", "back\\slash \\N \\t",
                "住址：北京市朝阳区　建国路８８号", "emoji 😀 and 𠀀", "\\", "", "end with backslash\\");
        List<RowOutcome.Accepted> rows = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            rows.add(row(i + 2, (long) i, bodies.get(i), i % 2 == 0, LocalDate.of(1900 + i, 1, 31),
                    LocalDateTime.of(2026, 12, 7, 10, i, 30, 123_456_000), new BigDecimal("-1234567.891")));
        }
        rows.add(row(100, -5L, null, null, null, null, null));

        load(connection, plan, RunMode.FULL, new ArrayList<>(), rows);

        List<List<String>> loaded = rows(connection, "SELECT id, body, flag, day, at, amount FROM load_tests.texts"
                + " WHERE id >= 0 ORDER BY id");
        assertThat(loaded).extracting(r -> r.get(1)).containsExactlyElementsOf(bodies);
        assertThat(loaded.get(1)).containsExactly("1", "new\nline", "f", "1901-01-31", "2026-12-07 10:01:30.123456",
                "-1234567.891");
        assertThat(rows(connection, "SELECT * FROM load_tests.texts WHERE id < 0"))
                .containsExactly(java.util.Arrays.asList("-5", null, null, null, null, null));
    }

    @Test
    void aValueLargerThanTheBufferIsStreamedWhole() throws SQLException {
        execute(connection, "CREATE TABLE load_tests.large (id bigint PRIMARY KEY, body text)");
        String body = "长".repeat(CopyTextWriter.BUFFER_SIZE) + "\t" + "x".repeat(CopyTextWriter.BUFFER_SIZE);
        DatasetPlan plan = plan("load_tests.large", List.of("id"), null, List.of(), null, "id", "body");

        load(connection, plan, RunMode.FULL, new ArrayList<>(), List.of(row(2, 1L, "small"), row(3, 2L, body),
                row(4, 3L, "small again")));

        assertThat(rows(connection, "SELECT body FROM load_tests.large ORDER BY id")).extracting(r -> r.get(0))
                .containsExactly("small", body, "small again");
    }

    @Test
    void fullIntoATableOtherTablesReferenceMergesAndDeletesTheRest() throws SQLException {
        String table = patients("referenced");
        execute(connection, "CREATE TABLE load_tests.visits (id integer PRIMARY KEY,"
                        + " patient_id varchar(20) REFERENCES " + table + ")",
                "INSERT INTO " + table + " VALUES ('P001', 'old name', 'F', null, 1, null, null),"
                        + " ('GONE', 'gone', 'F', null, 1, null, null)",
                "INSERT INTO load_tests.visits VALUES (1, 'P001')");

        LoadResult result = load(connection, patientPlan(table, Cleaning.Dedupe.KEEP_FIRST), RunMode.FULL,
                new ArrayList<>(), threePatients());

        assertThat(rows(connection, "SELECT patient_id, name FROM " + table + " ORDER BY 1")).containsExactly(
                List.of("P001", "张三"), List.of("P002", "李四"), List.of("P003", "王五"));
        assertThat(result.inserted()).isEqualTo(2);
        assertThat(result.updated()).isEqualTo(1);
        assertThat(result.reconciliation().passed()).isTrue();
    }

    @Test
    void abortRollsBackAndGivesTheConnectionBack() throws SQLException {
        String table = patients("aborted");
        execute(connection, "INSERT INTO " + table + " VALUES ('OLD', 'old row', 'F', null, 1, null, null)");
        TargetTable target = TargetTables.describe(connection, table);

        try (CopyLoader loader = CopyLoader.open(connection, target, patientPlan(table, Cleaning.Dedupe.KEEP_FIRST),
                RunMode.FULL, r -> { })) {
            threePatients().forEach(loader::accept);
            loader.abort();
            assertThatThrownBy(loader::finish).isInstanceOf(IllegalStateException.class);
        }

        assertThat(rows(connection, "SELECT patient_id FROM " + table)).containsExactly(List.of("OLD"));
        assertThat(connection.getAutoCommit()).isTrue();
        assertThat(rows(connection, "SELECT count(*) FROM pg_tables WHERE tablename LIKE 'luodi_staging%'"))
                .containsExactly(List.of("0"));
    }
}
