package io.luodi.migration.probe;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.ForbiddenException;
import io.luodi.core.testing.ProjectFixture;
import io.luodi.core.testing.ProjectFixture.TestProject;
import io.luodi.migration.checklist.Checklists;
import io.luodi.migration.checklist.ItemStatus;
import io.luodi.migration.checklist.ItemView;
import io.luodi.migration.environment.ComponentForm;
import io.luodi.migration.environment.ComponentType;
import io.luodi.migration.environment.DatabaseEngine;
import io.luodi.migration.environment.EnvironmentForm;
import io.luodi.migration.environment.EnvironmentKind;
import io.luodi.migration.environment.EnvironmentManagement;
import io.luodi.migration.environment.NetworkRuleForm;
import io.luodi.migration.environment.NetworkRuleStatus;
import io.luodi.migration.environment.NetworkRuleView;
import io.luodi.migration.environment.Protocol;
import io.luodi.testsupport.TestPostgres;
import io.luodi.testsupport.WithPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.ServerSocket;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The probes against the test PostgreSQL: a database created as SQL_ASCII in New York time fails its charset and
 * time zone items with what was seen; a UTF-8 one in Shanghai time passes. An unreachable address ends within the
 * timeout, the cloud metadata address is refused, and the password never reaches a log.
 */
@SpringBootTest
@WithPostgres
@ExtendWith(OutputCaptureExtension.class)
class ProbesTests {

    private static String host;
    private static int port;
    private static String username;
    private static String password;

    @Autowired
    Probes probes;
    @Autowired
    EnvironmentManagement environments;
    @Autowired
    Checklists checklists;
    @Autowired
    ProjectFixture fixture;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void createTargetDatabases() throws Exception {
        TestPostgres.Connection server = TestPostgres.shared();
        URI uri = URI.create(server.jdbcUrl().substring("jdbc:".length()));
        host = uri.getHost();
        port = uri.getPort();
        username = server.username();
        password = server.password();
        String admin = "jdbc:postgresql://" + host + ":" + port + "/postgres";
        try (Connection connection = DriverManager.getConnection(admin, server.username(), server.password());
             Statement statement = connection.createStatement()) {
            if (!exists(statement, "probe_ascii")) {
                statement.execute("CREATE DATABASE probe_ascii ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C' "
                        + "TEMPLATE template0");
                statement.execute("ALTER DATABASE probe_ascii SET timezone TO 'America/New_York'");
            }
            if (!exists(statement, "probe_utf8")) {
                statement.execute("CREATE DATABASE probe_utf8 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C' "
                        + "TEMPLATE template0");
                statement.execute("ALTER DATABASE probe_utf8 SET timezone TO 'Asia/Shanghai'");
            }
        }
    }

    private static boolean exists(Statement statement, String database) throws Exception {
        try (var rows = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
            return rows.next();
        }
    }

    private static ComponentForm postgres(String database, String password) {
        return new ComponentForm(ComponentType.DATABASE, "his-db", host, null, port, null, null, null, null, null,
                null, DatabaseEngine.POSTGRESQL, database, null, null, null, null, null, null, null, null, null,
                "PostgreSQL 14 or later", username, password, false, null, null);
    }

    private static ComponentForm server(String name, String address, Integer port, String zone) {
        return new ComponentForm(ComponentType.SERVER, name, address, null, port, "app", null, null, null, null,
                null, null, null, null, null, zone, null, null, null, null, null, null, null, null, null, false, null,
                null);
    }

    private ProbeRunView finished(TestProject project, long environment, long runId) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(20);
        ProbeRunView run = probes.run(project.access(project.pm()), environment, runId);
        while (!run.finished() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            run = probes.run(project.access(project.pm()), environment, runId);
        }
        return run;
    }

    private ItemView item(TestProject project, long environment, long componentId, String key) {
        return checklists.view(project.access(project.pm()), environment).items().stream()
                .filter(i -> key.equals(i.key()) && Long.valueOf(componentId).equals(i.componentId()))
                .findFirst().orElseThrow();
    }

    @Test
    void aSqlAsciiDatabaseInNewYorkTimeFailsCharsetAndTimeZoneAndAUtf8OnePasses() throws Exception {
        TestProject project = fixture.create();
        long prod = environments.create(project.access(project.pm()),
                new EnvironmentForm("PROD", EnvironmentKind.PROD, null, null, null));
        environments.addComponent(project.access(project.pm()), prod,
                server("his-app-01", null, null, "Asia/Shanghai"));
        long db = environments.addComponent(project.access(project.pm()), prod, postgres("probe_ascii", password));
        checklists.apply(project.access(project.pm()), prod);

        ProbeRunView wrong = finished(project, prod,
                probes.probeComponent(project.access(project.consultant()), prod, db));

        assertThat(wrong.status()).isEqualTo(ProbeStatus.FAILED);
        assertThat(wrong.findings()).extracting(Finding::key, Finding::verdict).contains(
                org.assertj.core.groups.Tuple.tuple("net.reachable", Verdict.PASS),
                org.assertj.core.groups.Tuple.tuple("db.version", Verdict.PASS),
                org.assertj.core.groups.Tuple.tuple("db.charset", Verdict.FAIL),
                org.assertj.core.groups.Tuple.tuple("db.timezone", Verdict.FAIL));
        assertThat(item(project, prod, db, "db.charset").status()).isEqualTo(ItemStatus.FAIL);
        assertThat(item(project, prod, db, "db.charset").observedValue()).isEqualTo("SQL_ASCII");
        assertThat(item(project, prod, db, "db.timezone").status()).isEqualTo(ItemStatus.FAIL);
        assertThat(item(project, prod, db, "db.timezone").observedValue()).isEqualTo("America/New_York");
        assertThat(item(project, prod, db, "db.collation").observedValue()).isEqualTo("C");
        assertThat(item(project, prod, db, "db.timezone").probeRunId()).isEqualTo(wrong.id());
        assertThat(checklists.view(project.access(project.pm()), prod).blockingFailures()).extracting(ItemView::key)
                .contains("db.charset", "db.timezone");

        var edit = environments.component(project.access(project.pm()), prod, db).toForm();
        environments.updateComponent(project.access(project.pm()), prod, db, new ComponentForm(edit.type(),
                edit.name(), edit.host(), edit.ipAddress(), edit.port(), edit.role(), edit.os(), edit.osVersion(),
                edit.cpuCores(), edit.memoryGb(), edit.diskGb(), edit.engine(), "probe_utf8", edit.charset(),
                edit.collation(), edit.timeZone(), edit.product(), edit.productVersion(), edit.endpointUrl(),
                edit.provider(), edit.region(), edit.service(), edit.compatibilityNote(), edit.username(), null,
                false, edit.internalNote(), null));
        ProbeRunView right = finished(project, prod,
                probes.probeComponent(project.access(project.consultant()), prod, db));

        assertThat(right.status()).isEqualTo(ProbeStatus.PASSED);
        assertThat(item(project, prod, db, "db.charset").status()).isEqualTo(ItemStatus.PASS);
        assertThat(item(project, prod, db, "db.charset").observedValue()).isEqualTo("UTF8");
        assertThat(item(project, prod, db, "db.timezone").status()).isEqualTo(ItemStatus.PASS);
        assertThat(item(project, prod, db, "net.reachable").observedValue()).contains("round trip");
        assertThat(jdbc.queryForList("SELECT detail FROM audit_event WHERE entity_type = 'probe-run' "
                + "AND project_id = ?", String.class, project.id()))
                .anyMatch(d -> d.startsWith("FAILED DATABASE")).anyMatch(d -> d.startsWith("PASSED DATABASE"));
    }

    @Test
    void aPasswordNeverReachesTheRunOrTheLog(CapturedOutput output) throws Exception {
        TestProject project = fixture.create();
        long test = environments.create(project.access(project.pm()),
                new EnvironmentForm("TEST", EnvironmentKind.TEST, null, null, null));
        String wrong = "wrong-口令-" + System.nanoTime();
        long db = environments.addComponent(project.access(project.pm()), test, postgres("probe_utf8", wrong));

        ProbeRunView run = finished(project, test, probes.probeComponent(project.access(project.pm()), test, db));

        assertThat(run.finished()).isTrue();
        assertThat(run.messageDetail() == null ? "" : run.messageDetail()).doesNotContain(wrong);
        assertThat(run.findings()).noneMatch(f -> f.observed().contains(wrong));
        assertThat(output.getAll()).doesNotContain(wrong);
    }

    @Test
    void anUnreachableHostEndsWithinTheTimeoutWithAClearMessage() throws Exception {
        TestProject project = fixture.create();
        long test = environments.create(project.access(project.pm()),
                new EnvironmentForm("TEST", EnvironmentKind.TEST, null, null, null));
        // TEST-NET-1 is never routed: the connection waits until the probe gives up.
        long blackHole = environments.addComponent(project.access(project.pm()), test,
                server("black-hole", "192.0.2.1", 8080, null));
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        long closed = environments.addComponent(project.access(project.pm()), test,
                server("closed", "127.0.0.1", closedPort, null));

        Instant start = Instant.now();
        ProbeRunView silent = finished(project, test,
                probes.probeComponent(project.access(project.pm()), test, blackHole));
        ProbeRunView refused = finished(project, test,
                probes.probeComponent(project.access(project.pm()), test, closed));

        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(8));
        assertThat(silent.status()).isIn(ProbeStatus.FAILED, ProbeStatus.TIMED_OUT);
        assertThat(silent.messageCode()).isIn("probe.result.noAnswer", "probe.result.timedOut",
                "probe.result.connectFailed");
        assertThat(silent.elapsedMillis()).isLessThanOrEqualTo(3_500L);
        assertThat(item(project, test, blackHole, "net.reachable").status()).isEqualTo(ItemStatus.FAIL);
        assertThat(refused.status()).isEqualTo(ProbeStatus.FAILED);
        assertThat(refused.messageCode()).isEqualTo("probe.result.connectFailed");
        assertThat(refused.messageDetail()).contains("127.0.0.1:" + closedPort);
    }

    @Test
    void theCloudMetadataAddressIsRefusedWhateverTheProbe() throws Exception {
        TestProject project = fixture.create();
        long test = environments.create(project.access(project.pm()),
                new EnvironmentForm("TEST", EnvironmentKind.TEST, null, null, null));
        long metadata = environments.addComponent(project.access(project.pm()), test,
                server("metadata", "169.254.169.254", 80, null));
        long rule = environments.addRule(project.access(project.pm()), test,
                new NetworkRuleForm("app", "100.100.100.200", 80, Protocol.TCP, "Aliyun metadata"));

        ProbeRunView component = finished(project, test,
                probes.probeComponent(project.access(project.pm()), test, metadata));
        ProbeRunView ruleRun = finished(project, test, probes.probeRule(project.access(project.pm()), test, rule));

        assertThat(component.status()).isEqualTo(ProbeStatus.REFUSED);
        assertThat(component.messageDetail()).isEqualTo("169.254.169.254");
        assertThat(component.findings()).isEmpty();
        assertThat(ruleRun.status()).isEqualTo(ProbeStatus.REFUSED);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE entity_type = 'probe-run' "
                + "AND project_id = ? AND detail LIKE 'REFUSED%'", Long.class, project.id())).isEqualTo(2);
    }

    @Test
    void aReachableRuleIsVerifiedAndTheFirewallItemPassesOnceAllAre() throws Exception {
        TestProject project = fixture.create();
        long test = environments.create(project.access(project.pm()),
                new EnvironmentForm("TEST", EnvironmentKind.TEST, null, null, null));
        long rule = environments.addRule(project.access(project.pm()), test,
                new NetworkRuleForm("platform", host, port, Protocol.TCP, "PostgreSQL"));

        ProbeRunView run = finished(project, test, probes.probeRule(project.access(project.pm()), test, rule));

        assertThat(run.status()).isEqualTo(ProbeStatus.PASSED);
        assertThat(environments.view(project.access(project.pm()), test).rules()).singleElement()
                .extracting(NetworkRuleView::status).isEqualTo(NetworkRuleStatus.VERIFIED);
        assertThat(checklists.view(project.access(project.pm()), test).items()).filteredOn(i -> i.key()
                .equals("net.firewall")).singleElement().extracting(ItemView::status).isEqualTo(ItemStatus.PASS);
    }

    @Test
    void onlyStaffProbeAndAComponentWithNothingToReachIsRefused() {
        TestProject project = fixture.create();
        long test = environments.create(project.access(project.pm()),
                new EnvironmentForm("TEST", EnvironmentKind.TEST, null, null, null));
        long bare = environments.addComponent(project.access(project.pm()), test, server("bare", null, null, null));

        assertThatThrownBy(() -> probes.probeComponent(project.access(project.customer()), test, bare))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> probes.probeComponent(project.access(project.pm()), test, bare))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("probe.target.nothingToProbe");
        assertThat(probes.recent(project.access(project.customer()), test)).isEmpty();
    }
}
