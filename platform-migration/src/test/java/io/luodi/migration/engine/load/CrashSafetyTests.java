package io.luodi.migration.engine.load;

import io.luodi.migration.engine.plan.RunMode;
import io.luodi.migration.engine.process.RowOutcome;
import io.luodi.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import static io.luodi.migration.engine.load.LoadFixture.execute;
import static io.luodi.migration.engine.load.LoadFixture.rows;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A JVM killed with {@code kill -9} in the middle of a FULL load leaves the target as it was. The load takes the
 * fast path, truncating the target and copying straight into it: the kill falls between TRUNCATE and commit.
 */
class CrashSafetyTests {

    private static final String TABLE = "crash_tests.patients";

    @Test
    void aLoadKilledMidCopyLeavesTheTargetAsItWasAndTheNextRunLoadsCleanly() throws Exception {
        try (Connection connection = LoadFixture.connect()) {
            execute(connection, "DROP SCHEMA IF EXISTS crash_tests CASCADE", "CREATE SCHEMA crash_tests",
                    "CREATE TABLE " + TABLE + " (id varchar(20) PRIMARY KEY, name varchar(50) NOT NULL,"
                            + " birth_date date, balance numeric(12,2))",
                    "INSERT INTO " + TABLE + " SELECT 'OLD' || i, 'old patient ' || i, date '2000-01-01' + i,"
                            + " i FROM generate_series(1, 1000) i");
            List<List<String>> before = content(connection);

            Process load = startLoad(0);
            try (BufferedReader output = new BufferedReader(
                    new InputStreamReader(load.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                List<String> said = new ArrayList<>();
                do {
                    line = output.readLine();
                    said.add(line);
                } while (line != null && !line.equals(CrashingLoad.STREAMING));
                assertThat(line).as("the load started streaming").isEqualTo(CrashingLoad.STREAMING);
                assertThat(said).as("the FULL fast path was taken").contains(CrashingLoad.DIRECT);
                load.destroyForcibly();
                load.waitFor();
            }

            assertThat(content(connection)).isEqualTo(before);

            long rows = 5_000;
            List<RowOutcome.Accepted> source = LongStream.range(2, rows + 2).mapToObj(CrashingLoad::row).toList();
            LoadResult result = LoadFixture.load(connection, CrashingLoad.plan(TABLE), RunMode.FULL,
                    new ArrayList<>(), source);

            assertThat(result.inserted()).isEqualTo(rows);
            assertThat(result.reconciliation().passed()).isTrue();
            assertThat(rows(connection, "SELECT count(*), min(id), count(*) FILTER (WHERE id LIKE 'OLD%'),"
                    + " sum(balance) FROM " + TABLE)).containsExactly(List.of("5000", "N10", "0",
                    result.reconciliation().sums().get(0).source().toPlainString()));
            assertThat(rows(connection, "SELECT name FROM " + TABLE + " WHERE id = 'N2'"))
                    .containsExactly(List.of("病人2"));
        }
    }

    private static Process startLoad(long rows) throws IOException {
        TestPostgres.Connection db = TestPostgres.shared();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), CrashingLoad.class.getName(),
                db.jdbcUrl(), db.username(), db.password(), TABLE, Long.toString(rows))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static List<List<String>> content(Connection connection) throws SQLException {
        return rows(connection, "SELECT * FROM " + TABLE + " ORDER BY id");
    }
}
