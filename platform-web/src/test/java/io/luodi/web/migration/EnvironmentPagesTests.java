package io.luodi.web.migration;

import io.luodi.core.user.UserManagement;
import io.luodi.testsupport.TestPostgres;
import io.luodi.web.LuodiWebTest;
import io.luodi.web.TestData;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.luodi.web.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The environment phase as its users meet it: the demo HIS environments read by the hospital and worked by the
 * consultant, the acceptance path (a SQL_ASCII database in New York time fails, a UTF-8 one passes), probes that
 * are refused or end, credentials that never come back, and the administrator's probe address ranges.
 */
@LuodiWebTest
@ExtendWith(OutputCaptureExtension.class)
class EnvironmentPagesTests {

    private static final Pattern ENVIRONMENT = Pattern.compile("/projects/\\d+/environments/(\\d+)");
    private static String dbHost;
    private static int dbPort;

    @Autowired
    MockMvc mvc;
    @Autowired
    UserManagement users;
    @Autowired
    TestData testData;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void targetDatabases() throws Exception {
        TestPostgres.Connection server = TestPostgres.shared();
        URI uri = URI.create(server.jdbcUrl().substring("jdbc:".length()));
        dbHost = uri.getHost();
        dbPort = uri.getPort();
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + dbHost + ":" + dbPort
                + "/postgres", server.username(), server.password());
             Statement statement = connection.createStatement()) {
            for (String sql : new String[]{
                    "CREATE DATABASE page_ascii ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0",
                    "ALTER DATABASE page_ascii SET timezone TO 'America/New_York'",
                    "CREATE DATABASE page_utf8 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0",
                    "ALTER DATABASE page_utf8 SET timezone TO 'Asia/Shanghai'"}) {
                try {
                    statement.execute(sql);
                } catch (java.sql.SQLException alreadyThere) {
                    // A second context in the same JVM finds them made.
                }
            }
        }
    }

    private long createEnvironment(long project, String name, String kind) throws Exception {
        MvcResult result = mvc.perform(post("/projects/{id}/environments", project).with(as(users, "liqiang"))
                        .with(csrf()).param("name", name).param("kind", kind))
                .andExpect(status().is3xxRedirection()).andReturn();
        Matcher matcher = ENVIRONMENT.matcher(result.getResponse().getRedirectedUrl());
        assertThat(matcher.find()).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private String html(String url, Object... variables) throws Exception {
        return mvc.perform(get(url, variables).with(as(users, "liqiang")).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private void awaitProbes(long environment) throws Exception {
        Instant deadline = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(deadline) && (jdbc.queryForObject("SELECT count(*) FROM probe_run "
                + "WHERE environment_id = ? AND status IN ('QUEUED', 'RUNNING')", Long.class, environment) > 0)) {
            Thread.sleep(100);
        }
    }

    @Test
    void theHospitalReadsItsEnvironmentsWithoutInternalNotesAndCannotChangeThem() throws Exception {
        long his = testData.demoProjectId("HIS");
        String list = mvc.perform(get("/projects/{id}/environments", his).with(as(users, "chenjing"))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("生产环境", "测试环境", "readiness-bar").doesNotContain("new-environment");
        Matcher prod = Pattern.compile("/projects/" + his + "/environments/(\\d+)\">生产环境").matcher(list);
        assertThat(prod.find()).isTrue();
        long prodId = Long.parseLong(prod.group(1));

        mvc.perform(get("/projects/{pid}/environments/{id}", his, prodId).with(as(users, "chenjing"))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("his-app-01"), containsString("10.20.0.21:5432"),
                        containsString("已做恢复演练"), containsString("阻断性不通过项"), containsString("医保结算接口"),
                        not(containsString("机房门禁")), not(containsString("apply-templates")),
                        not(containsString("probe-component-")), not(containsString("edit-component-")))));
        mvc.perform(post("/projects/{pid}/environments/{id}/checklist/apply", his, prodId)
                        .with(as(users, "chenjing")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/projects/{id}/environments", his).with(as(users, "chenjing")).with(csrf())
                        .param("name", "客户自建").param("kind", "UAT"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/projects/{pid}/environments/{id}", his, prodId).with(as(users, "zhaolei")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/projects/{pid}/environments/{id}", testData.demoProjectId("FIN"), prodId)
                        .with(as(users, "wangfang")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/projects/{id}/phases/environment", his).with(as(users, "chenjing"))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("environment-summary"), containsString("生产环境"),
                        containsString("1 项阻断"))));
    }

    @Test
    void aSqlAsciiDatabaseInNewYorkTimeFailsItsItemsAndAUtf8OneInShanghaiTimePasses(CapturedOutput output)
            throws Exception {
        long his = testData.demoProjectId("HIS");
        long prod = createEnvironment(his, "验收生产 " + System.nanoTime() % 100000, "PROD");
        String password = TestPostgres.shared().password();
        mvc.perform(post("/projects/{pid}/environments/{id}/components", his, prod).with(as(users, "liqiang"))
                        .with(csrf()).param("type", "DATABASE").param("name", "HIS 主库").param("host", dbHost)
                        .param("port", String.valueOf(dbPort)).param("engine", "POSTGRESQL")
                        .param("databaseName", "page_ascii").param("compatibilityNote", "PostgreSQL 14 or later")
                        .param("username", TestPostgres.shared().username()).param("password", password))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/projects/{pid}/environments/{id}/checklist/apply", his, prod).with(as(users, "liqiang"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        long component = jdbc.queryForObject("SELECT id FROM environment_component WHERE environment_id = ?",
                Long.class, prod);

        mvc.perform(post("/projects/{pid}/environments/{eid}/probes/components/{id}", his, prod, component)
                        .with(as(users, "liqiang")).with(csrf()).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("probe-run-")));
        awaitProbes(prod);

        String failed = html("/projects/{pid}/environments/{id}", his, prod);
        assertThat(failed).contains("SQL_ASCII", "America/New_York", "阻断性不通过项", "数据库字符集为 UTF-8（utf8mb4）",
                "部分检查不通过");

        mvc.perform(post("/projects/{pid}/environments/{eid}/components/{id}", his, prod, component)
                        .with(as(users, "liqiang")).with(csrf()).param("type", "DATABASE").param("name", "HIS 主库")
                        .param("host", dbHost).param("port", String.valueOf(dbPort)).param("engine", "POSTGRESQL")
                        .param("databaseName", "page_utf8").param("compatibilityNote", "PostgreSQL 14 or later")
                        .param("username", TestPostgres.shared().username()).param("password", ""))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/projects/{pid}/environments/{eid}/probes/components/{id}", his, prod, component)
                        .with(as(users, "liqiang")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        awaitProbes(prod);

        assertThat(jdbc.queryForList("SELECT item_key || '=' || status FROM checklist_item WHERE component_id = ? "
                + "AND item_key IN ('db.charset', 'db.timezone', 'db.version', 'net.reachable')", String.class,
                component)).containsExactlyInAnyOrder("db.charset=PASS", "db.timezone=PASS", "db.version=PASS",
                "net.reachable=PASS");
        String passed = html("/projects/{pid}/environments/{id}", his, prod);
        assertThat(passed).contains("全部检查通过").doesNotContain("id=\"blocking-failures\"");
        assertThat(jdbc.queryForList("SELECT secret_key_id FROM environment_component WHERE id = ?", String.class,
                component)).singleElement().isNotNull();
        assertThat(output.getAll()).doesNotContain("password=" + password);
    }

    @Test
    void aPasswordIsWriteOnlyAndAppearsInNoPageExportOrRow(CapturedOutput output) throws Exception {
        long his = testData.demoProjectId("HIS");
        long test = createEnvironment(his, "口令测试 " + System.nanoTime() % 100000, "TEST");
        String secret = "Pa55-口令-" + System.nanoTime();
        mvc.perform(post("/projects/{pid}/environments/{id}/components", his, test).with(as(users, "liqiang"))
                        .with(csrf()).param("type", "DATABASE").param("name", "报表库").param("host", "10.30.0.50")
                        .param("port", "1433").param("engine", "SQL_SERVER").param("databaseName", "report")
                        .param("username", "report_probe").param("password", secret))
                .andExpect(status().is3xxRedirection());
        long component = jdbc.queryForObject("SELECT id FROM environment_component WHERE environment_id = ?",
                Long.class, test);
        mvc.perform(post("/projects/{pid}/environments/{id}/checklist/apply", his, test).with(as(users, "liqiang"))
                .with(csrf()));

        String page = html("/projects/{pid}/environments/{id}", his, test);
        String edit = html("/projects/{pid}/environments/{eid}/components/{id}/edit", his, test, component);
        byte[] inventory = mvc.perform(get("/projects/{pid}/environments/{id}/inventory.yml", his, test)
                .with(as(users, "liqiang"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        byte[] checklist = mvc.perform(get("/projects/{pid}/environments/{id}/checklist.xlsx", his, test)
                .with(as(users, "liqiang"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        assertThat(page).contains("报表库", "已保存凭据").doesNotContain(secret);
        assertThat(edit).contains("report_probe", "已保存密码").doesNotContain(secret);
        assertThat(new String(inventory, StandardCharsets.UTF_8)).contains("10.30.0.50").doesNotContain(secret)
                .doesNotContain("report_probe");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(checklist))) {
            StringBuilder cells = new StringBuilder();
            workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.append(cell.toString()).append('|')));
            assertThat(cells.toString()).contains("Database charset").doesNotContain(secret);
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM environment_component WHERE id = ? AND (concat_ws('|', "
                + "name, host, username, internal_note) LIKE '%' || ? || '%' OR encode(secret_cipher, 'escape') LIKE "
                + "'%Pa55%')", Long.class, component, secret)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE detail LIKE '%' || ? || '%'",
                Long.class, secret)).isZero();
        assertThat(output.getAll()).doesNotContain(secret);
    }

    @Test
    void probesOfTheMetadataAddressAreRefusedAndBadInputIsExplained() throws Exception {
        long his = testData.demoProjectId("HIS");
        long test = createEnvironment(his, "探测测试 " + System.nanoTime() % 100000, "TEST");
        mvc.perform(post("/projects/{pid}/environments/{id}/components", his, test).with(as(users, "liqiang"))
                        .with(csrf()).header("Accept-Language", "zh-CN").param("type", "SERVER").param("name", "元数据")
                        .param("ipAddress", "169.254.169.254").param("port", "80"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/projects/{pid}/environments/{id}/components", his, test).with(as(users, "liqiang"))
                        .with(csrf()).header("Accept-Language", "zh-CN").param("type", "SERVER").param("name", "坏地址")
                        .param("ipAddress", "10.0.0.300").param("timeZone", "北京"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("“10.0.0.300”不是有效的 IPv4 或 IPv6 地址")));
        mvc.perform(post("/projects/{id}/environments", his).with(as(users, "liqiang")).with(csrf())
                        .header("Accept-Language", "zh-CN").param("name", "生产环境").param("kind", "PROD"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("本项目已有名为“生产环境”的环境")));
        long component = jdbc.queryForObject("SELECT id FROM environment_component WHERE environment_id = ?",
                Long.class, test);

        String fragment = mvc.perform(post("/projects/{pid}/environments/{eid}/probes/components/{id}", his, test,
                        component).with(as(users, "liqiang")).with(csrf()).header("HX-Request", "true")
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher run = Pattern.compile("probe-run-(\\d+)").matcher(fragment);
        assertThat(run.find()).isTrue();
        awaitProbes(test);

        mvc.perform(get("/projects/{pid}/environments/{eid}/probes/{id}", his, test, run.group(1))
                        .with(as(users, "liqiang")).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("已拒绝"), containsString("探测不允许访问该地址"),
                        containsString("169.254.169.254"), not(containsString("hx-trigger")))));
        mvc.perform(post("/projects/{pid}/environments/{eid}/probes/components/{id}", his, test, component)
                        .with(as(users, "chenjing")).with(csrf()).header("HX-Request", "true"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aChecklistItemIsJudgedWithAFileAndItsHistoryShows() throws Exception {
        long his = testData.demoProjectId("HIS");
        long test = createEnvironment(his, "检查表测试 " + System.nanoTime() % 100000, "UAT");
        mvc.perform(post("/projects/{pid}/environments/{id}/checklist/apply", his, test).with(as(users, "liqiang"))
                .with(csrf())).andExpect(status().is3xxRedirection());
        long item = jdbc.queryForObject("SELECT id FROM checklist_item WHERE environment_id = ? AND item_key = "
                + "'ops.restore'", Long.class, test);

        mvc.perform(multipart("/projects/{pid}/environments/{eid}/checklist/{id}", his, test, item)
                        .file(new MockMultipartFile("file", "恢复日志.txt", "text/plain", "restore ok".getBytes()))
                        .with(as(users, "liqiang")).with(csrf()).param("status", "PASS").param("note", "已恢复到演练库并核对")
                        .param("dueOn", "2026-12-01").param("version", "0"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/projects/*/environments/*"));
        mvc.perform(multipart("/projects/{pid}/environments/{eid}/checklist/{id}", his, test, item)
                        .file(new MockMultipartFile("file", "run.exe", "application/octet-stream", new byte[]{1}))
                        .with(as(users, "liqiang")).with(csrf()).header("Accept-Language", "zh-CN")
                        .param("status", "FAIL").param("version", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("“run.exe”不能作为证据")));

        String page = mvc.perform(get("/projects/{pid}/environments/{eid}/checklist/{id}", his, test, item)
                        .with(as(users, "chenjing")).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("已恢复到演练库并核对", "恢复日志.txt", "待检查 → 通过").doesNotContain("item-form");
        Matcher file = Pattern.compile("/checklist/" + item + "/files/(\\d+)").matcher(page);
        assertThat(file.find()).isTrue();
        mvc.perform(get("/projects/{pid}/environments/{eid}/checklist/{id}/files/{f}", his, test, item,
                        file.group(1)).with(as(users, "chenjing")))
                .andExpect(status().isOk()).andExpect(content().bytes("restore ok".getBytes()));
        mvc.perform(post("/projects/{pid}/environments/{eid}/checklist/{id}", his, test, item)
                        .with(as(users, "chenjing")).with(csrf()).param("status", "FAIL").param("version", "1"))
                .andExpect(status().isForbidden());
    }

    @Test
    void onlyAdministratorsKeepTheProbeAddressRanges() throws Exception {
        mvc.perform(get("/admin/probe-settings").with(as(users, "admin")).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("169.254.0.0/16"), containsString("允许的地址范围"))));
        mvc.perform(get("/admin/probe-settings").with(as(users, "wangfang"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/probe-settings").with(as(users, "admin")).with(csrf())
                        .header("Accept-Language", "zh-CN").param("allowedRanges", "10.0.0.0/8\nexample.com")
                        .param("deniedRanges", "169.254.0.0/16"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("“example.com”不是有效的地址范围")));
        mvc.perform(post("/admin/probe-settings").with(as(users, "wangfang")).with(csrf())
                        .param("allowedRanges", "0.0.0.0/0").param("deniedRanges", ""))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("SELECT denied_ranges FROM probe_settings", String.class))
                .contains("169.254.0.0/16");
    }
}
