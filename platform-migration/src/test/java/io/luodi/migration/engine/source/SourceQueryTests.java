package io.luodi.migration.engine.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.luodi.testsupport.TestPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A SELECT on a source database read as a stream, against the test PostgreSQL. */
class SourceQueryTests {

    static TestPostgres.Connection postgres;

    @BeforeAll
    static void createSourceTable() throws SQLException {
        postgres = TestPostgres.shared();
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS source_query_patients");
            statement.execute("""
                    CREATE TABLE source_query_patients (
                        id int PRIMARY KEY, name text, born date, registered timestamp, balance numeric(12, 2),
                        ratio double precision, active boolean, seen timestamptz)""");
            statement.execute("""
                    INSERT INTO source_query_patients VALUES
                    (1, '张三', '1980-01-02', '2020-04-10 11:50:55', 1234.50, 10000000000, true,
                     '2024-05-01 08:00:00+00'),
                    (2, NULL, NULL, '2021-01-01 00:00:00.25', NULL, 0.1, false, NULL)""");
            statement.execute("INSERT INTO source_query_patients (id, name) SELECT g, 'p' || g FROM generate_series(3, 5000) g");
        }
    }

    @Test
    void readsRowsAsTextWithColumnLabelsAndLineNumbers() throws Exception {
        List<SourceRow> rows = new ArrayList<>();
        try (Connection connection = connect();
             SourceReader reader = QueryReader.over(connection, """
                     SELECT id AS "编号", name, born, registered, balance, ratio, active, seen AT TIME ZONE 'UTC' AS seen_utc
                     FROM source_query_patients ORDER BY id""")) {
            assertThat(reader.header())
                    .containsExactly("编号", "name", "born", "registered", "balance", "ratio", "active", "seen_utc");
            for (SourceRow row; (row = reader.next()) != null; ) {
                rows.add(row);
            }
            assertThat(reader.position()).isEqualTo(5000);
            assertThat(reader.size()).isEqualTo(-1);
        }

        assertThat(rows).hasSize(5000);
        assertThat(rows.get(0)).isEqualTo(new SourceRow(2, List.of("1", "张三", "1980-01-02", "2020-04-10 11:50:55",
                "1234.50", "10000000000", "t", "2024-05-01 08:00:00")));
        assertThat(rows.get(1).values()).containsExactly("2", "", "", "2021-01-01 00:00:00.25", "", "0.1", "f", "");
        assertThat(rows.get(4999).line()).isEqualTo(5001);
    }

    @Test
    void streamsWithAFetchSizeAndLeavesTheCallersConnectionAsItWas() throws Exception {
        try (Connection connection = connect()) {
            try (SourceReader reader = QueryReader.over(connection, "SELECT id FROM source_query_patients")) {
                assertThat(connection.getAutoCommit()).as("a cursor needs a transaction").isFalse();
                assertThat(reader.next()).isNotNull();
            }
            assertThat(connection.getAutoCommit()).isTrue();
            assertThat(connection.isClosed()).isFalse();
        }
    }

    @Test
    void closesAConnectionItOwns() throws Exception {
        Connection connection = connect();
        try (SourceReader reader = QueryReader.owning(connection, "SELECT 1 AS one")) {
            assertThat(reader.next().values()).containsExactly("1");
        }
        assertThat(connection.isClosed()).isTrue();
    }

    @Test
    void reportsAFailingQueryWithAMessageKey() throws Exception {
        try (Connection connection = connect()) {
            assertThatThrownBy(() -> QueryReader.over(connection, "SELECT nope FROM source_query_patients"))
                    .isInstanceOfSatisfying(SourceFileException.class, e -> {
                        assertThat(e.messageCode()).isEqualTo("migration.source.queryFailed");
                        assertThat(e.arguments()[0].toString()).startsWith("42703");
                    });
            assertThat(connection.getAutoCommit()).isTrue();
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(), postgres.password());
    }

}
