package io.luodi.migration.probe;

import io.luodi.migration.environment.ComponentView;
import io.luodi.migration.environment.DatabaseEngine;
import io.luodi.migration.environment.DatabaseTarget;
import org.springframework.stereotype.Component;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Connects to a PostgreSQL, MySQL/MariaDB or SQL Server database with the stored credential and reports its
 * version, charset, collation and time zone against what the environment expects, and how long a round trip
 * takes. The connection goes to the address the policy checked, with the probe's timeout on connect and on every
 * read; nothing is written.
 */
@Component
class DatabaseProbe {

    private static final int ROUND_TRIPS = 3;

    private final AddressPolicy policy;
    private final Clock clock;

    DatabaseProbe(AddressPolicy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    /** What the server says about itself; the zone is a name when it has one, else only the offset is known. */
    private record ServerFacts(String version, String charset, String collation, String zone, int offsetMinutes,
                               String zoneText) {
    }

    ProbeOutcome run(DatabaseTarget target, Duration timeout) {
        ComponentView component = target.component();
        DatabaseEngine engine = component.engine();
        if (!engine.probeable()) {
            return ProbeOutcome.error("probe.database.engine", engine.name());
        }
        if (component.address() == null) {
            return ProbeOutcome.error("probe.target.noAddress", null);
        }
        if (component.username() == null || target.password() == null) {
            return ProbeOutcome.error("probe.database.noCredential", null);
        }
        InetAddress address;
        try {
            address = policy.resolve(component.address());
        } catch (AddressPolicy.Refused refused) {
            return ProbeOutcome.refused(refused.getMessage());
        } catch (UnknownHostException e) {
            return ProbeOutcome.failed("probe.result.unknownHost", component.address(),
                    List.of(Finding.fail("net.reachable", "unknown host " + component.address(), null)));
        }
        String where = host(address) + ":" + component.effectivePort();
        long start = System.nanoTime();
        try (Connection connection = driver(engine).connect(url(engine, address, component), properties(engine,
                component.username(), target.password(), timeout))) {
            if (connection == null) {
                return ProbeOutcome.error("probe.database.engine", engine.name());
            }
            long connectMillis = (System.nanoTime() - start) / 1_000_000;
            String roundTrip = roundTrip(connection);
            ServerFacts facts = facts(engine, connection);
            return ProbeOutcome.of(findings(target, facts, connectMillis, roundTrip));
        } catch (SQLException e) {
            String detail = scrub(e.getMessage(), target.password());
            return ProbeOutcome.failed("probe.result.connectFailed", detail,
                    List.of(Finding.fail("net.reachable", where + ": " + detail, null)));
        }
    }

    private List<Finding> findings(DatabaseTarget target, ServerFacts facts, long connectMillis, String roundTrip) {
        ComponentView component = target.component();
        List<Finding> findings = new ArrayList<>();
        findings.add(Finding.pass("net.reachable", "connected in " + connectMillis + " ms, round trip " + roundTrip,
                null));
        findings.add(VersionRequirement.parse(component.compatibilityNote())
                .map(required -> Finding.judged("db.version", required.accepts(facts.version()), facts.version(),
                        required.note()))
                .orElseGet(() -> Finding.info("db.version", facts.version())));
        String charset = component.charset() != null ? component.charset() : defaultCharset(component.engine());
        findings.add(Finding.judged("db.charset", ServerSettings.charsetMatches(charset, facts.charset()),
                facts.charset(), charset));
        findings.add(component.collation() == null ? Finding.info("db.collation", facts.collation())
                : Finding.judged("db.collation", component.collation().equalsIgnoreCase(facts.collation()),
                facts.collation(), component.collation()));
        String expectedZone = target.expectedZone();
        boolean sameZone = facts.zone() != null ? ServerSettings.sameZone(expectedZone, facts.zone())
                : ServerSettings.sameOffset(expectedZone, facts.offsetMinutes(), clock.instant());
        findings.add(Finding.judged("db.timezone", sameZone, facts.zoneText(), expectedZone));
        return findings;
    }

    private static String defaultCharset(DatabaseEngine engine) {
        return engine == DatabaseEngine.MYSQL || engine == DatabaseEngine.MARIADB ? "utf8mb4" : "UTF8";
    }

    private ServerFacts facts(DatabaseEngine engine, Connection connection) throws SQLException {
        return switch (engine) {
            case POSTGRESQL -> postgres(connection);
            case MYSQL, MARIADB -> mysql(connection);
            case SQL_SERVER -> sqlServer(connection);
            case ORACLE -> throw new IllegalStateException("not probeable");
        };
    }

    /**
     * PostgreSQL's own session zone is whatever the driver sent (the JVM's), so the server's zone is read where it
     * is set: the database's default (ALTER DATABASE … SET timezone), else the server's configured log zone, which
     * initdb sets to the same zone as the server's default.
     */
    private ServerFacts postgres(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("""
                     SELECT current_setting('server_version'), pg_encoding_to_char(d.encoding), d.datcollate,
                            (SELECT substring(c FROM position('=' IN c) + 1)
                               FROM pg_db_role_setting s, unnest(s.setconfig) c
                              WHERE s.setdatabase = d.oid AND s.setrole = 0 AND lower(c) LIKE 'timezone=%'
                              LIMIT 1),
                            current_setting('log_timezone')
                       FROM pg_database d WHERE d.datname = current_database()""")) {
            row.next();
            String databaseZone = row.getString(4);
            String zone = databaseZone != null ? databaseZone : row.getString(5);
            return new ServerFacts(row.getString(1), row.getString(2), row.getString(3), zone,
                    offset(zone), zone);
        }
    }

    private ServerFacts mysql(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT VERSION(), @@character_set_database, "
                     + "@@collation_database, @@global.time_zone, @@system_time_zone, "
                     + "TIMESTAMPDIFF(MINUTE, UTC_TIMESTAMP(), NOW())")) {
            row.next();
            String zone = row.getString(4);
            int offset = row.getInt(6);
            boolean named = isZoneName(zone);
            String text = "SYSTEM".equalsIgnoreCase(zone)
                    ? "SYSTEM (" + row.getString(5) + ", " + ServerSettings.offset(offset) + ")"
                    : zone + (named ? "" : " (" + ServerSettings.offset(offset) + ")");
            return new ServerFacts(row.getString(1), row.getString(2), row.getString(3), named ? zone : null, offset,
                    text);
        }
    }

    private ServerFacts sqlServer(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("""
                     SELECT CAST(SERVERPROPERTY('ProductVersion') AS NVARCHAR(128)),
                            CAST(DATABASEPROPERTYEX(DB_NAME(), 'Collation') AS NVARCHAR(128)),
                            CAST(COLLATIONPROPERTY(CAST(DATABASEPROPERTYEX(DB_NAME(), 'Collation') AS NVARCHAR(128)),
                                                   'CodePage') AS INT),
                            DATEDIFF(MINUTE, GETUTCDATE(), GETDATE())""")) {
            row.next();
            int codePage = row.getInt(3);
            String charset = switch (codePage) {
                case 65001 -> "UTF8";
                case 936 -> "GBK";
                default -> "CP" + codePage;
            };
            int offset = row.getInt(4);
            return new ServerFacts(row.getString(1), charset, row.getString(2), null, offset,
                    ServerSettings.offset(offset));
        }
    }

    private int offset(String zone) {
        try {
            return ZoneId.of(zone).getRules().getOffset(clock.instant()).getTotalSeconds() / 60;
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private static boolean isZoneName(String zone) {
        try {
            return zone != null && zone.contains("/") && ZoneId.of(zone) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The fastest of a few trivial queries: the network's and server's share, without the connect. */
    private static String roundTrip(Connection connection) throws SQLException {
        long best = Long.MAX_VALUE;
        try (Statement statement = connection.createStatement()) {
            for (int i = 0; i < ROUND_TRIPS; i++) {
                long start = System.nanoTime();
                statement.execute("SELECT 1");
                best = Math.min(best, System.nanoTime() - start);
            }
        }
        return String.format(Locale.ROOT, "%.1f ms", best / 1_000_000.0);
    }

    private static Driver driver(DatabaseEngine engine) throws SQLException {
        return switch (engine) {
            case POSTGRESQL -> new org.postgresql.Driver();
            case MYSQL, MARIADB -> new com.mysql.cj.jdbc.Driver();
            case SQL_SERVER -> new com.microsoft.sqlserver.jdbc.SQLServerDriver();
            case ORACLE -> throw new IllegalStateException("not probeable");
        };
    }

    private static String url(DatabaseEngine engine, InetAddress address, ComponentView component) {
        String host = host(address);
        int port = component.effectivePort();
        String database = component.databaseName() == null ? "" : component.databaseName();
        return switch (engine) {
            case POSTGRESQL -> "jdbc:postgresql://" + host + ":" + port + "/" + database;
            case MYSQL, MARIADB -> "jdbc:mysql://" + host + ":" + port + "/" + database;
            // The probe reads settings, it does not vouch for the server's certificate: encrypted, but trusting.
            case SQL_SERVER -> "jdbc:sqlserver://" + host + ":" + port + ";encrypt=true;trustServerCertificate=true"
                    + (database.isEmpty() ? "" : ";databaseName={" + database.replace("}", "}}") + "}");
            case ORACLE -> throw new IllegalStateException("not probeable");
        };
    }

    /** Credentials and timeouts go as properties, never into the URL, so no driver message can repeat them. */
    private static Properties properties(DatabaseEngine engine, String username, String password, Duration timeout) {
        Properties properties = new Properties();
        properties.setProperty("user", username);
        properties.setProperty("password", password);
        long seconds = Math.max(1, timeout.toSeconds());
        long millis = Math.max(1000, timeout.toMillis());
        switch (engine) {
            case POSTGRESQL -> {
                properties.setProperty("connectTimeout", String.valueOf(seconds));
                properties.setProperty("loginTimeout", String.valueOf(seconds));
                properties.setProperty("socketTimeout", String.valueOf(seconds));
                properties.setProperty("ApplicationName", "luodi-probe");
            }
            case MYSQL, MARIADB -> {
                properties.setProperty("connectTimeout", String.valueOf(millis));
                properties.setProperty("socketTimeout", String.valueOf(millis));
            }
            case SQL_SERVER -> {
                properties.setProperty("loginTimeout", String.valueOf(seconds));
                properties.setProperty("socketTimeout", String.valueOf(millis));
                properties.setProperty("applicationName", "luodi-probe");
            }
            case ORACLE -> throw new IllegalStateException("not probeable");
        }
        return properties;
    }

    private static String host(InetAddress address) {
        return address instanceof Inet6Address ? "[" + address.getHostAddress() + "]" : address.getHostAddress();
    }

    /** A driver's message, with the password cut out should it ever echo it. */
    private static String scrub(String message, String password) {
        String text = message == null ? "" : message;
        return password.isEmpty() ? text : text.replace(password, "***");
    }
}
