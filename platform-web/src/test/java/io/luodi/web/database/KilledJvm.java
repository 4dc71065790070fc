package io.luodi.web.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;

/**
 * Run in a separate JVM by {@link EmbeddedDatabaseServerTests}: starts the embedded server, writes a row, says
 * READY and waits to be killed with SIGKILL, leaving its postgres behind as an orphan.
 */
public final class KilledJvm {

    private KilledJvm() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedDatabaseServer server = EmbeddedDatabaseServer.start(Path.of(args[0]), Duration.ofSeconds(30));
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), EmbeddedDatabaseServer.USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE survivor (id INT)");
            statement.execute("INSERT INTO survivor VALUES (42)");
        }
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(Duration.ofMinutes(5).toMillis());
    }
}
