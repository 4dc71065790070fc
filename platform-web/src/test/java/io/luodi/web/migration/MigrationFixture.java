package io.luodi.web.migration;

import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectAccessPolicy;
import io.luodi.core.user.UserManagement;
import io.luodi.migration.environment.ComponentForm;
import io.luodi.migration.environment.ComponentType;
import io.luodi.migration.environment.DatabaseEngine;
import io.luodi.migration.environment.EnvironmentForm;
import io.luodi.migration.environment.EnvironmentKind;
import io.luodi.migration.environment.EnvironmentManagement;
import io.luodi.testsupport.TestPostgres;
import io.luodi.web.DemoUsers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A target database for migration tests on the test PostgreSQL, with the example patient table, and an environment
 * of a project whose database component points at it with a stored credential.
 */
public final class MigrationFixture {

    public static final String DATABASE = "migration_target";
    private static final Path PATIENT_TABLE = Path.of("../docs/examples/his-patients-table.sql");

    private MigrationFixture() {
    }

    /** Creates the target database (once) and its tables, emptied. */
    public static void targetDatabase() {
        TestPostgres.Connection server = TestPostgres.shared();
        try (Connection connection = DriverManager.getConnection(url("postgres"), server.username(),
                server.password()); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C' "
                    + "TEMPLATE template0");
        } catch (SQLException alreadyThere) {
            // Made by an earlier test class against the same server.
        }
        try (Connection connection = DriverManager.getConnection(url(DATABASE), server.username(),
                server.password()); Statement statement = connection.createStatement()) {
            // The table the documented example plan loads into, as the docs give it.
            statement.execute(Files.readString(PATIENT_TABLE).replace("create table patient",
                    "create table if not exists patient"));
            statement.execute("CREATE TABLE IF NOT EXISTS legacy_ward (ward_code varchar(10), ward_name varchar(50))");
            statement.execute("CREATE TABLE IF NOT EXISTS ward (code varchar(10) primary key, name varchar(50) "
                    + "not null)");
            // Each test class starts from empty targets; runs within a class follow one another.
            statement.execute("TRUNCATE legacy_ward, ward, patient");
            statement.execute("INSERT INTO legacy_ward VALUES ('W01', ' 心内科 '), ('W02', '骨科'), ('W03', NULL)");
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An environment of the project with the target database as a component; returns the component's id. */
    public static long databaseComponent(EnvironmentManagement environments, ProjectAccessPolicy policy,
                                         UserManagement users, long projectId, String environmentName) {
        ProjectAccess consultant = policy.require(DemoUsers.current(users, "liqiang"), projectId);
        long environment = environments.create(consultant, new EnvironmentForm(environmentName, EnvironmentKind.TEST,
                null, null, null));
        URI uri = uri();
        TestPostgres.Connection server = TestPostgres.shared();
        return environments.addComponent(consultant, environment, new ComponentForm(ComponentType.DATABASE,
                "迁移目标库", uri.getHost(), null, uri.getPort(), null, null, null, null, null, null,
                DatabaseEngine.POSTGRESQL, DATABASE, "UTF8", null, "Asia/Shanghai", null, null, null, null, null,
                null, null, server.username(), server.password(), false, null, null));
    }

    public static long count(String sql) {
        TestPostgres.Connection server = TestPostgres.shared();
        try (Connection connection = DriverManager.getConnection(url(DATABASE), server.username(),
                server.password()); Statement statement = connection.createStatement();
             var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String text(String sql) {
        TestPostgres.Connection server = TestPostgres.shared();
        try (Connection connection = DriverManager.getConnection(url(DATABASE), server.username(),
                server.password()); Statement statement = connection.createStatement();
             var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sample legacy file: 500 GBK patients with known dirt (see truth.json beside it). */
    public static byte[] samplePatients() {
        try (InputStream in = MigrationFixture.class.getResourceAsStream("/migration/patients.csv")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URI uri() {
        return URI.create(TestPostgres.shared().jdbcUrl().substring("jdbc:".length()));
    }

    private static String url(String database) {
        URI uri = uri();
        return "jdbc:postgresql://" + uri.getHost() + ":" + uri.getPort() + "/" + database;
    }
}
