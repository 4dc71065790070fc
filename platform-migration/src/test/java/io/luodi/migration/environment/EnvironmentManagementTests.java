package io.luodi.migration.environment;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.ForbiddenException;
import io.luodi.core.NotFoundException;
import io.luodi.core.testing.ProjectFixture;
import io.luodi.core.testing.ProjectFixture.TestProject;
import io.luodi.testsupport.WithPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@WithPostgres
@ExtendWith(OutputCaptureExtension.class)
class EnvironmentManagementTests {

    static final String PASSWORD = "S3cret-口令-" + System.nanoTime();

    @Autowired
    EnvironmentManagement environments;
    @Autowired
    ProjectFixture fixture;
    @Autowired
    JdbcTemplate jdbc;

    static ComponentForm database(String name, String host, int port, String database, String username,
                                  String password) {
        return new ComponentForm(ComponentType.DATABASE, name, host, null, port, null, null, null, null, null, null,
                DatabaseEngine.POSTGRESQL, database, null, null, null, null, "17", null, null, null, null,
                "PostgreSQL 14 or later", username, password, false, "DBA 张工 13800000000", null);
    }

    static ComponentForm server(String name, String ip, String role, String zone) {
        return new ComponentForm(ComponentType.SERVER, name, null, ip, 22, role, "Kylin", "V10", 8, 32, 500, null,
                null, null, null, zone, null, null, null, null, null, null, null, null, null, false, null, null);
    }

    @Test
    void staffBuildAnEnvironmentAndCustomersReadItWithoutCredentialsOrInternalNotes() {
        TestProject project = fixture.create();
        long prod = environments.create(project.access(project.consultant()),
                new EnvironmentForm("生产环境", EnvironmentKind.PROD, "医院机房", "root 密码在保险柜", null));
        environments.addComponent(project.access(project.consultant()), prod,
                server("his-app-01", "10.20.0.11", "app", "Asia/Shanghai"));
        long db = environments.addComponent(project.access(project.consultant()), prod,
                database("his-db", "db.his.local", 5432, "his", "his_probe", PASSWORD));
        long rule = environments.addRule(project.access(project.consultant()), prod,
                new NetworkRuleForm("his-app-01", "db.his.local", 5432, Protocol.TCP, "应用访问数据库"));

        EnvironmentView staff = environments.view(project.access(project.pm()), prod);
        assertThat(staff.internalNote()).isEqualTo("root 密码在保险柜");
        assertThat(staff.components()).extracting(ComponentView::name).containsExactly("his-app-01", "his-db");
        ComponentView staffDb = staff.components().get(1);
        assertThat(staffDb.username()).isEqualTo("his_probe");
        assertThat(staffDb.credentialStored()).isTrue();
        assertThat(staffDb.internalNote()).contains("张工");
        assertThat(staffDb.toForm().password()).isNull();

        EnvironmentView customer = environments.view(project.access(project.customer()), prod);
        assertThat(customer.internalNote()).isNull();
        ComponentView customerDb = customer.components().get(1);
        assertThat(customerDb.username()).isNull();
        assertThat(customerDb.credentialStored()).isFalse();
        assertThat(customerDb.internalNote()).isNull();
        assertThat(customer.rules()).singleElement().extracting(NetworkRuleView::status)
                .isEqualTo(NetworkRuleStatus.REQUESTED);

        assertThatThrownBy(() -> environments.addComponent(project.access(project.customer()), prod,
                server("x", null, null, null))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> environments.moveRule(project.access(project.customer()), prod, rule,
                NetworkRuleStatus.OPENED, 0)).isInstanceOf(ForbiddenException.class);
        assertThat(jdbc.queryForList("SELECT action, entity_type FROM audit_event WHERE project_id = ?",
                project.id())).extracting(m -> m.get("entity_type"))
                .contains("environment", "environment-component", "network-rule");
        assertThat(db).isPositive();
    }

    @Test
    void anEnvironmentOfAnotherProjectDoesNotExist() {
        TestProject mine = fixture.create();
        TestProject other = fixture.create();
        long prod = environments.create(mine.access(mine.pm()),
                new EnvironmentForm("PROD", EnvironmentKind.PROD, null, null, null));

        assertThatThrownBy(() -> environments.view(other.access(other.pm()), prod))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> environments.addComponent(other.access(other.pm()), prod,
                server("x", null, null, null))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void networkRulesFollowTheirWorkflow() {
        TestProject project = fixture.create();
        long test = environments.create(project.access(project.pm()),
                new EnvironmentForm("TEST", EnvironmentKind.TEST, null, null, null));
        long rule = environments.addRule(project.access(project.pm()), test,
                new NetworkRuleForm("10.0.0.0/24", "10.0.1.5", 443, Protocol.TCP, "HTTPS"));

        environments.moveRule(project.access(project.pm()), test, rule, NetworkRuleStatus.OPENED, 0);
        environments.moveRule(project.access(project.pm()), test, rule, NetworkRuleStatus.VERIFIED, 1);

        assertThatThrownBy(() -> environments.moveRule(project.access(project.pm()), test, rule,
                NetworkRuleStatus.OPENED, 2))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("network.rule.move.notAllowed");
        assertThat(environments.view(project.access(project.pm()), test).rules()).singleElement()
                .extracting(NetworkRuleView::status).isEqualTo(NetworkRuleStatus.VERIFIED);
    }

    @Test
    void badInputIsRefusedOnItsFieldAndNothingIsWritten() {
        TestProject project = fixture.create();
        long test = environments.create(project.access(project.pm()),
                new EnvironmentForm("TEST", EnvironmentKind.TEST, null, null, null));

        assertThatThrownBy(() -> environments.create(project.access(project.pm()),
                new EnvironmentForm(" test ", EnvironmentKind.UAT, null, null, null)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> environments.addComponent(project.access(project.pm()), test,
                server("app", "10.0.0.300", null, null)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.field()).isEqualTo("ipAddress"));
        assertThatThrownBy(() -> environments.addComponent(project.access(project.pm()), test,
                server("app", null, null, "Beijing")))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.field()).isEqualTo("timeZone"));
        assertThatThrownBy(() -> environments.addComponent(project.access(project.pm()), test,
                database("db", "db", 5432, "his", null, "pw")))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.field()).isEqualTo("username"));
        assertThat(environments.view(project.access(project.pm()), test).components()).isEmpty();
    }

    @Test
    void aPasswordIsStoredSealedKeptWhenLeftEmptyAndNeverLogged(CapturedOutput output) {
        TestProject project = fixture.create();
        long prod = environments.create(project.access(project.pm()),
                new EnvironmentForm("PROD", EnvironmentKind.PROD, null, null, null));
        long db = environments.addComponent(project.access(project.pm()), prod,
                database("his-db", "db.his.local", 5432, "his", "his_probe", PASSWORD));

        Map<String, Object> row = jdbc.queryForMap(
                "SELECT secret_key_id, secret_cipher, username FROM environment_component WHERE id = ?", db);
        byte[] sealed = (byte[]) row.get("secret_cipher");
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("S3cret");
        assertThat(sealed.length).isGreaterThan(12 + 16);
        assertThat((String) row.get("secret_key_id")).hasSize(12);
        List<String> textColumns = jdbc.queryForList("SELECT concat_ws('|', name, host, username, internal_note, "
                + "compatibility_note) FROM environment_component WHERE id = ?", String.class, db);
        assertThat(textColumns).noneMatch(t -> t.contains(PASSWORD));
        assertThat(jdbc.queryForList("SELECT coalesce(detail, '') FROM audit_event WHERE project_id = ?",
                String.class, project.id())).noneMatch(d -> d.contains(PASSWORD));

        ComponentForm edit = environments.component(project.access(project.pm()), prod, db).toForm();
        environments.updateComponent(project.access(project.pm()), prod, db, edit);
        assertThat(jdbc.queryForObject("SELECT secret_cipher FROM environment_component WHERE id = ?", byte[].class,
                db)).isEqualTo(sealed);

        ComponentForm cleared = new ComponentForm(edit.type(), edit.name(), edit.host(), edit.ipAddress(), edit.port(),
                edit.role(), edit.os(), edit.osVersion(), edit.cpuCores(), edit.memoryGb(), edit.diskGb(),
                edit.engine(), edit.databaseName(), edit.charset(), edit.collation(), edit.timeZone(), edit.product(),
                edit.productVersion(), edit.endpointUrl(), edit.provider(), edit.region(), edit.service(),
                edit.compatibilityNote(), edit.username(), null, true, edit.internalNote(), null);
        environments.updateComponent(project.access(project.pm()), prod, db, cleared);
        assertThat(environments.component(project.access(project.pm()), prod, db).credentialStored()).isFalse();
        assertThat(output.getAll()).doesNotContain(PASSWORD);
    }
}
