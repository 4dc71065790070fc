package io.luodi.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One PostgreSQL 17 per test JVM, stopped when the JVM exits. Docker is asked first so that machines with an
 * engine test against the same image production runs; without one, zonky's embedded binaries serve.
 */
public final class TestPostgres {

    private static final String DATABASE = "luodi_test";
    private static Connection shared;

    private TestPostgres() {
    }

    public record Connection(String jdbcUrl, String username, String password) {
    }

    public static synchronized Connection shared() {
        if (shared == null) {
            shared = dockerAvailable() ? startContainer() : startEmbedded();
        }
        return shared;
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    @SuppressWarnings("resource") // stopped by Testcontainers' reaper when the JVM exits
    private static Connection startContainer() {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:17").withDatabaseName(DATABASE);
        container.start();
        return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword());
    }

    private static Connection startEmbedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres), "test-postgres-stop"));
            try (java.sql.Connection connection = postgres.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
            }
            return new Connection(postgres.getJdbcUrl("postgres", DATABASE), "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the test database", e);
        }
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            // The JVM is exiting; zonky's own hook removes what is left.
        }
    }
}
