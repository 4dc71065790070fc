package io.luodi.web.database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The default database keeps the user's data across restarts, and survives a JVM that was killed. */
class EmbeddedDatabaseServerTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path data;

    @Test
    void dataWrittenBeforeARestartIsThereAfterIt() throws Exception {
        try (EmbeddedDatabaseServer server = EmbeddedDatabaseServer.start(data, TIMEOUT)) {
            execute(server, "CREATE TABLE note (text VARCHAR(100))");
            execute(server, "INSERT INTO note VALUES ('上线前一天 备份已验证')");
        }

        try (EmbeddedDatabaseServer server = EmbeddedDatabaseServer.start(data, TIMEOUT)) {
            assertThat(queryString(server, "SELECT text FROM note")).isEqualTo("上线前一天 备份已验证");
            assertThat(queryString(server, "SHOW fsync")).isEqualTo("on");
            assertThat(queryString(server, "SHOW server_encoding")).isEqualTo("UTF8");
        }
    }

    @Test
    void startsOverAPidFileLeftByAServerThatIsGone() throws Exception {
        try (EmbeddedDatabaseServer server = EmbeddedDatabaseServer.start(data, TIMEOUT)) {
            execute(server, "CREATE TABLE marker (id INT)");
        }
        Files.writeString(data.resolve("postmaster.pid"), "999999999\n" + data + "\n");

        try (EmbeddedDatabaseServer server = EmbeddedDatabaseServer.start(data, TIMEOUT)) {
            assertThat(queryString(server, "SELECT count(*) FROM marker")).isEqualTo("0");
        }
    }

    @Test
    void stopsAServerOrphanedByAKilledJvmAndTakesOverItsData() throws Exception {
        Process jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KilledJvm.class.getName(), data.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(jvm.getInputStream()))) {
            String line;
            while ((line = output.readLine()) != null && !line.equals("READY")) {
                // start-up chatter of the other JVM
            }
            assertThat(line).as("the other JVM started its database").isEqualTo("READY");
        }
        jvm.destroyForcibly().waitFor();
        assertThat(Files.exists(data.resolve("postmaster.pid"))).as("the orphan still holds the data").isTrue();

        try (EmbeddedDatabaseServer server = EmbeddedDatabaseServer.start(data, TIMEOUT)) {
            assertThat(queryString(server, "SELECT id FROM survivor")).isEqualTo("42");
        }
    }

    private static void execute(EmbeddedDatabaseServer server, String sql) throws SQLException {
        try (Connection connection = connect(server); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String queryString(EmbeddedDatabaseServer server, String sql) throws SQLException {
        try (Connection connection = connect(server); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    private static Connection connect(EmbeddedDatabaseServer server) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(), EmbeddedDatabaseServer.USER, "");
    }
}
