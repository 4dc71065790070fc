package io.luodi.migration.inventory;

import io.luodi.core.export.ExportedFile;
import io.luodi.core.testing.ProjectFixture;
import io.luodi.core.testing.ProjectFixture.TestProject;
import io.luodi.migration.environment.CloudProvider;
import io.luodi.migration.environment.ComponentForm;
import io.luodi.migration.environment.ComponentType;
import io.luodi.migration.environment.DatabaseEngine;
import io.luodi.migration.environment.EnvironmentForm;
import io.luodi.migration.environment.EnvironmentKind;
import io.luodi.migration.environment.EnvironmentManagement;
import io.luodi.testsupport.WithPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.yaml.snakeyaml.Yaml;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@WithPostgres
class AnsibleInventoryTests {

    private static final Path ANSIBLE_INVENTORY = Path.of("/usr/bin/ansible-inventory");
    private static final String SECRET = "inventory-口令-" + System.nanoTime();

    @Autowired
    AnsibleInventory inventory;
    @Autowired
    EnvironmentManagement environments;
    @Autowired
    ProjectFixture fixture;

    private static ComponentForm form(ComponentType type, String name, String host, String ip, Integer port,
                                      String role, DatabaseEngine engine, String product, String version) {
        return new ComponentForm(type, name, host, ip, port, role, "Kylin", "V10", 8, 32, 500, engine,
                engine == null ? null : "his", engine == null ? null : "UTF8", null, "Asia/Shanghai", product, version,
                type == ComponentType.MIDDLEWARE ? "https://" + host + "/" : null,
                type == ComponentType.CLOUD ? CloudProvider.ALIYUN : null, "cn-hangzhou", "OSS", null,
                engine == null ? null : "his_app", engine == null ? null : SECRET, false, "内部：机柜 B3", null);
    }

    private ExportedFile exported(TestProject project) {
        long prod = environments.create(project.access(project.pm()),
                new EnvironmentForm("生产环境", EnvironmentKind.PROD, null, null, null));
        environments.addComponent(project.access(project.pm()), prod, form(ComponentType.SERVER, "应用服务器一",
                "his-app-01", "10.20.0.11", 22, "应用 app", null, null, null));
        environments.addComponent(project.access(project.pm()), prod, form(ComponentType.SERVER, "应用服务器二",
                null, "10.20.0.12", 22, "应用 app", null, null, null));
        environments.addComponent(project.access(project.pm()), prod, form(ComponentType.DATABASE, "主库",
                "his-db-01", "10.20.0.21", 5432, null, DatabaseEngine.POSTGRESQL, null, "16.4"));
        environments.addComponent(project.access(project.pm()), prod, form(ComponentType.MIDDLEWARE, "前置机",
                "his-web-01", "10.20.0.31", 443, "web", null, "Nginx", "1.24.0"));
        environments.addComponent(project.access(project.pm()), prod, form(ComponentType.CLOUD, "影像归档",
                null, null, null, null, null, null, null));
        return inventory.export(project.access(project.customer()), prod);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEnvironmentBecomesAnInventoryWithHostGroupsByRoleAndHostVars() {
        TestProject project = fixture.create();
        ExportedFile file = exported(project);
        String yaml = new String(file.content(), StandardCharsets.UTF_8);

        Map<String, Object> all = (Map<String, Object>) ((Map<String, Object>) new Yaml().load(yaml)).get("all");
        Map<String, Object> children = (Map<String, Object>) all.get("children");
        Map<String, Object> app = (Map<String, Object>) ((Map<String, Object>) children.get("app")).get("hosts");
        assertThat(app).containsOnlyKeys("his-app-01", "10.20.0.12");
        assertThat((Map<String, Object>) app.get("his-app-01")).containsEntry("ansible_host", "10.20.0.11")
                .containsEntry("timezone", "Asia/Shanghai").containsEntry("os", "Kylin");
        Map<String, Object> databases = (Map<String, Object>) ((Map<String, Object>) children.get("databases"))
                .get("children");
        Map<String, Object> db = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) databases
                .get("db_postgresql")).get("hosts")).get("his-db-01");
        assertThat(db).containsEntry("db_port", 5432).containsEntry("db_charset", "UTF8")
                .containsEntry("db_version", "16.4").containsEntry("db_timezone", "Asia/Shanghai");
        assertThat(((Map<String, Object>) children.get("middleware"))).isNotNull();
        assertThat(((Map<String, Object>) all.get("vars"))).containsEntry("luodi_environment", "生产环境")
                .containsKey("luodi_cloud_resources");
        assertThat(yaml).doesNotContain(SECRET).doesNotContain("his_app").doesNotContain("机柜");
        assertThat(file.filename()).endsWith("-inventory.yml");
    }

    @Test
    void ansibleReadsTheInventory(@TempDir Path directory) throws Exception {
        boolean installed = Files.isExecutable(ANSIBLE_INVENTORY);
        if (!installed && System.getenv("CI") != null) {
            throw new IllegalStateException("CI must install Debian's ansible-core");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(installed, "Debian's ansible-core is not installed");
        TestProject project = fixture.create();
        Path file = directory.resolve("inventory.yml");
        Files.write(file, exported(project).content());

        Process process = new ProcessBuilder(ANSIBLE_INVENTORY.toString(), "-i", file.toString(), "--list")
                .redirectErrorStream(true).redirectOutput(directory.resolve("out.json").toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String out = Files.readString(directory.resolve("out.json"));

        assertThat(process.exitValue()).as(out).isZero();
        assertThat(out).doesNotContain("[WARNING]").contains("\"his-app-01\"", "\"10.20.0.12\"", "\"his-db-01\"",
                "\"his-web-01\"", "\"db_postgresql\"", "\"mw_nginx\"");
    }
}
