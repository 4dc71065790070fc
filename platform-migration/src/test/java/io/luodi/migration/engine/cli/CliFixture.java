package io.luodi.migration.engine.cli;

import io.luodi.testsupport.TestPostgres;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The example plan and table from {@code docs/examples}, a schema of its own per test in the shared test
 * PostgreSQL, and the command run in this JVM with its output captured.
 */
final class CliFixture {

    static final Path PLAN = Path.of("../docs/examples/his-patients-plan.yaml");
    static final Path TABLE_SQL = Path.of("../docs/examples/his-patients-table.sql");
    static final Path SAMPLE = Path.of("src/test/resources/engine/his-patients-sample");
    static final JsonMapper JSON = JsonMapper.builder().build();

    private CliFixture() {
    }

    /** What one command run printed and returned. */
    record Result(int exitCode, String out, String err) {
    }

    /** A fresh schema holding the example's empty {@code patient} table; the URL searches it first. */
    static String schemaWithTable(String schema) throws SQLException, IOException {
        String ddl = Files.readString(TABLE_SQL);
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
            statement.execute("create schema " + schema);
            statement.execute("set search_path to " + schema);
            statement.execute(ddl);
        }
        return url(schema);
    }

    static String emptySchema(String schema) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
            statement.execute("create schema " + schema);
        }
        return url(schema);
    }

    static String url(String schema) {
        String url = TestPostgres.shared().jdbcUrl();
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    static Map<String, String> environment() {
        TestPostgres.Connection db = TestPostgres.shared();
        return Map.of("LUODI_TARGET_USER", db.username(), "LUODI_TARGET_PASSWORD", db.password(),
                "LUODI_SOURCE_USER", db.username(), "LUODI_SOURCE_PASSWORD", db.password());
    }

    static Connection connect() throws SQLException {
        TestPostgres.Connection db = TestPostgres.shared();
        return DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = MigrateCommand.run(args, environment(), o, e);
        }
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static JsonNode json(Path file) {
        return JSON.readTree(file.toFile());
    }

    /** The report's rejected rows as line → {@code reason:column}, the shape of the truth files. */
    static TreeMap<Long, String> rejected(JsonNode report) {
        TreeMap<Long, String> rejected = new TreeMap<>();
        for (JsonNode row : report.get("rejectedRows")) {
            String reason = row.get("reason").asString() + ":" + row.get("column").asString();
            String earlier = rejected.putIfAbsent(row.get("line").asLong(), reason);
            if (earlier != null) {
                rejected.put(row.get("line").asLong(), earlier + "," + reason);
            }
        }
        return rejected;
    }

    static TreeMap<Long, String> truthRejected(JsonNode truth) {
        TreeMap<Long, String> rejected = new TreeMap<>();
        truth.get("rejected").properties().forEach(e -> rejected.put(Long.parseLong(e.getKey()),
                e.getValue().asString()));
        return rejected;
    }

    /** Count, balance sum and a digest of every row of a schema's patient table, for comparing two loads. */
    static List<String> tableState(String schema) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select count(*), sum(balance), md5(coalesce(string_agg("
                     + "p::text, E'\\n' order by patient_no), '')) from " + schema + ".patient p")) {
            row.next();
            List<String> state = new ArrayList<>();
            state.add(row.getString(1));
            state.add(row.getBigDecimal(2) == null ? null : row.getBigDecimal(2).toPlainString());
            state.add(row.getString(3));
            return state;
        }
    }

    static BigDecimal balanceSum(String schema) throws SQLException {
        String sum = tableState(schema).get(1);
        return sum == null ? null : new BigDecimal(sum);
    }

    static long rowCount(String schema) throws SQLException {
        return Long.parseLong(tableState(schema).get(0));
    }
}
