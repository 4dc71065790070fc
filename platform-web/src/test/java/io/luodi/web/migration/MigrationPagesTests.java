package io.luodi.web.migration;

import io.luodi.core.project.ProjectAccessPolicy;
import io.luodi.core.user.UserManagement;
import io.luodi.migration.environment.EnvironmentManagement;
import io.luodi.web.LuodiWebTest;
import io.luodi.web.TestData;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.luodi.web.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The migration phase as its users meet it: the consultant builds a plan on the hospital's GBK patient export,
 * runs a sample and a full load that rejects exactly the sample's bad rows and reconciles its balance total, and
 * downloads the rejects; the hospital sees the summary and confirms the spot checks but nothing else; the project
 * manager's sign-off of a critical dataset waits for an exact reconciliation.
 */
@LuodiWebTest
class MigrationPagesTests {

    private static final Pattern PLAN = Pattern.compile("/migration/plans/(\\d+)$");
    private static final Pattern DATASET = Pattern.compile("/datasets/(\\d+)");
    private static final Pattern RUN = Pattern.compile("/migration/runs/(\\d+)$");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserManagement users;
    @Autowired
    TestData testData;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EnvironmentManagement environments;
    @Autowired
    ProjectAccessPolicy policy;

    @BeforeAll
    static void target() {
        MigrationFixture.targetDatabase();
    }

    private String html(String user, String url, Object... variables) throws Exception {
        return mvc.perform(get(url, variables).with(as(users, user)).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String redirect(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        MvcResult result = mvc.perform(request.with(csrf()).header("Accept-Language", "zh-CN")).andReturn();
        String page = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus()).as(() -> page.replaceAll("(?s).*?(<div class=\"alert[^>]*>.*?</div>|invalid-feedback[^<]*<).*", "$1"))
                .isBetween(300, 399);
        return result.getResponse().getRedirectedUrl();
    }

    private static long id(Pattern pattern, String url) {
        Matcher matcher = pattern.matcher(url.replaceFirst("#.*", ""));
        assertThat(matcher.find()).as(url).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private int planVersion(long plan) {
        return jdbc.queryForObject("SELECT current_version FROM migration_plan WHERE id = ?", Integer.class, plan);
    }

    private void awaitRun(long run) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline) && jdbc.queryForObject(
                "SELECT status FROM migration_run WHERE id = ?", String.class, run).matches("QUEUED|RUNNING")) {
            Thread.sleep(100);
        }
    }

    /** A plan with the sample file as its patients dataset, mapped as docs/examples/his-patients-plan.yaml does. */
    private long[] mappedPlan(long project, String planName, boolean critical) throws Exception {
        long component = MigrationFixture.databaseComponent(environments, policy, users, project,
                "迁移测试 " + planName);
        long plan = id(PLAN, redirect(post("/projects/{id}/migration/plans", project).with(as(users, "liqiang"))
                .param("name", planName)));
        long dataset = id(DATASET, redirect(multipart("/projects/{p}/migration/plans/{id}/datasets", project, plan)
                .file(new MockMultipartFile("file", "patients.csv", "text/csv", MigrationFixture.samplePatients()))
                .param("name", "patients").with(as(users, "liqiang"))));
        String base = "/projects/" + project + "/migration/plans/" + plan;
        redirect(post(base + "/datasets/{d}/target", dataset).with(as(users, "liqiang"))
                .param("planVersion", String.valueOf(planVersion(plan)))
                .param("targetComponent", String.valueOf(component)).param("table", "patient").param("key", "")
                .param("critical", String.valueOf(critical)).param("spotChecks", "5")
                .param("reconcileSums", "balance").param("trim", "true").param("stripControl", "true")
                .param("fullWidthToHalf", "true").param("dedupe", "KEEP_FIRST"));
        redirect(post(base + "/dictionaries").with(as(users, "liqiang")).param("name", "gender")
                .param("entries", "1=M\n2=F"));
        redirect(post(base + "/dictionaries").with(as(users, "liqiang")).param("name", "insurance")
                .param("entries", "01=EMPLOYEE\n02=RESIDENT\n03=RURAL_COOP\n04=COMMERCIAL\n99=SELF_PAY"));
        List<String[]> rows = List.of(
                new String[]{"patient_no", "病人编号", "", "true", "", ""},
                new String[]{"name", "姓名", "", "true", "", ""},
                new String[]{"gender", "性别", "", "", "lookup gender", ""},
                new String[]{"birth_date", "出生日期", "", "", "date yyyy-MM-dd | yyyy/M/d | yyyyMMdd | yyyy年M月d日 | excel",
                        "range 1900-01-01 today"},
                new String[]{"id_card", "身份证号", "", "", "upper", "idcard"},
                new String[]{"phone", "联系电话", "", "", "", "phone"},
                new String[]{"address", "住址", "", "", "", ""},
                new String[]{"insurance_type", "医保类型", "", "", "lookup insurance", ""},
                new String[]{"balance", "账户余额", "", "", "number", "range 0 -"},
                new String[]{"created_at", "建档时间", "", "",
                        "date yyyy-MM-dd HH:mm:ss | yyyy/M/d H:mm:ss | yyyy-MM-dd HH:mm | yyyy-MM-dd", ""},
                new String[]{"remarks", "备注", "", "", "", ""},
                new String[]{"source_system", "", "LEGACY_HIS", "", "", ""});
        MockHttpServletRequestBuilder mapping = post(base + "/datasets/{d}/mapping", dataset)
                .with(as(users, "liqiang")).param("planVersion", String.valueOf(planVersion(plan)));
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            mapping.param("fields[" + i + "].target", row[0]);
            if (!row[1].isEmpty()) {
                mapping.param("fields[" + i + "].sources", row[1]);
            }
            mapping.param("fields[" + i + "].constant", row[2]).param("fields[" + i + "].required", row[3])
                    .param("fields[" + i + "].transforms", row[4]).param("fields[" + i + "].validations", row[5]);
        }
        redirect(mapping);
        return new long[]{plan, dataset};
    }

    private long run(long project, long plan, long dataset, String mode) throws Exception {
        long run = id(RUN, redirect(post("/projects/{p}/migration/plans/{pl}/datasets/{d}/runs", project, plan,
                dataset).with(as(users, "liqiang")).param("mode", mode).param("sampleSize", "20")));
        awaitRun(run);
        return run;
    }

    @Test
    void aFullRunOfTheGbkSampleRejectsExactlyItsBadRowsAndTheHospitalConfirmsTheSpotChecks() throws Exception {
        long his = testData.demoProjectId("HIS");
        long[] ids = mappedPlan(his, "HIS 患者迁移 " + System.nanoTime() % 100000, true);
        long plan = ids[0];
        long dataset = ids[1];
        String datasetPage = html("liqiang", "/projects/{p}/migration/plans/{pl}/datasets/{d}", his, plan, dataset);
        assertThat(datasetPage).contains("GBK", "病人编号", "P00000001", "patient_no", "character varying(20)", "lookup gender");

        long before = MigrationFixture.count("SELECT count(*) FROM patient");
        long sample = run(his, plan, dataset, "SAMPLE");
        String samplePage = html("liqiang", "/projects/{p}/migration/runs/{r}", his, sample);
        assertThat(samplePage).contains("id=\"preview-table\"", "LEGACY_HIS", "成功");
        assertThat(MigrationFixture.count("SELECT count(*) FROM patient")).isEqualTo(before);

        long full = run(his, plan, dataset, "FULL");
        String fullPage = html("liqiang", "/projects/{p}/migration/runs/{r}", his, full);
        assertThat(jdbc.queryForMap("SELECT status, rows_read, inserted, rejected, source_name, source_sha256, "
                + "plan_version FROM migration_run WHERE id = ?", full))
                .containsEntry("status", "SUCCEEDED").containsEntry("rows_read", 500L)
                .containsEntry("inserted", 490L).containsEntry("rejected", 10L)
                .containsEntry("source_name", "patients.csv").containsEntry("plan_version", planVersion(plan));
        assertThat(fullPage).contains("11753912.93", "身份证号", "data-reason=\"bad_checksum\"", "对账",
                "id=\"reconciliation-verdict\"");
        assertThat(MigrationFixture.count("SELECT count(*) FROM patient")).isEqualTo(490);
        assertThat(MigrationFixture.text("SELECT sum(balance)::text FROM patient")).isEqualTo("11753912.93");

        byte[] csv = mvc.perform(get("/projects/{p}/migration/runs/{r}/rejects.csv", his, full)
                        .with(as(users, "liqiang")).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String csvText = new String(csv, StandardCharsets.UTF_8);
        assertThat(csvText).contains("159", "账户余额", "167", "姓名", "181", "bad_checksum");
        assertThat(csvText.lines().count()).isEqualTo(11);
        byte[] xlsx = mvc.perform(get("/projects/{p}/migration/runs/{r}/rejects.xlsx", his, full)
                        .with(as(users, "liqiang")).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(10);
        }

        // The hospital: the summary and the spot checks, nothing else.
        String overview = html("chenjing", "/projects/{p}/migration", his);
        assertThat(overview).contains("patients", "spot-check-link").doesNotContain("new-plan-form");
        for (String url : new String[]{"/projects/{p}/migration/runs/" + full, "/projects/{p}/migration/plans/" + plan,
                "/projects/{p}/migration/runs/" + full + "/rejects.csv",
                "/projects/{p}/migration/plans/" + plan + "/datasets/" + dataset,
                "/projects/{p}/migration/plans/" + plan + "/plan.yaml"}) {
            mvc.perform(get(url, his).with(as(users, "chenjing"))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/projects/{p}/migration", his).with(as(users, "zhaolei"))).andExpect(status().isNotFound());
        for (String[] page : new String[][]{{"liqiang", "/projects/{p}/migration/runs/" + full},
                {"liqiang", "/projects/{p}/migration/runs/" + sample}, {"chenjing", "/projects/{p}/migration"},
                {"chenjing", "/projects/{p}/migration/runs/" + full + "/spot-checks"}}) {
            String english = mvc.perform(get(page[1], his).with(as(users, page[0])).header("Accept-Language", "en"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(english).as(page[1]).doesNotContain("??").contains("Data migration");
        }
        String checks = html("chenjing", "/projects/{p}/migration/runs/{r}/spot-checks", his, full);
        assertThat(checks).contains("confirm-button", "病人编号", "patient_no");
        List<Long> checkIds = jdbc.queryForList("SELECT id FROM migration_spot_check WHERE run_id = ? ORDER BY ordinal",
                Long.class, full);
        assertThat(checkIds).hasSize(5);

        // A dispute needs a comment; nothing is recorded without one.
        redirect(post("/projects/{p}/migration/runs/{r}/spot-checks/{c}", his, full, checkIds.get(0))
                .with(as(users, "chenjing")).param("decision", "DISPUTED").param("comment", ""));
        assertThat(jdbc.queryForObject("SELECT status FROM migration_spot_check WHERE id = ?", String.class,
                checkIds.get(0))).isEqualTo("PENDING");
        for (long check : checkIds) {
            redirect(post("/projects/{p}/migration/runs/{r}/spot-checks/{c}", his, full, check)
                    .with(as(users, "chenjing")).param("decision", "CONFIRMED").param("comment", "与旧系统一致"));
        }
        assertThat(jdbc.queryForList("SELECT decided_by FROM migration_spot_check WHERE run_id = ?", String.class,
                full)).containsOnly("陈静 Chen Jing");
        // Staff read the spot checks but do not decide them.
        mvc.perform(post("/projects/{p}/migration/runs/{r}/spot-checks/{c}", his, full, checkIds.get(0))
                .with(as(users, "liqiang")).with(csrf()).param("decision", "CONFIRMED"))
                .andExpect(status().isForbidden());

        // Critical with 10 rejected rows: not reconciled exactly, so no sign-off, even by the project manager.
        redirect(post("/projects/{p}/migration/plans/{pl}/datasets/{d}/sign-off", his, plan, dataset)
                .with(as(users, "wangfang")));
        assertThat(jdbc.queryForObject("SELECT signed_off_at IS NULL FROM migration_dataset WHERE id = ?",
                Boolean.class, dataset)).isTrue();
        mvc.perform(post("/projects/{p}/migration/plans/{pl}/datasets/{d}/sign-off", his, plan, dataset)
                .with(as(users, "liqiang")).with(csrf())).andExpect(status().isForbidden());

        // The progress fragment of an ended run, polled by htmx, asks for the whole page again.
        mvc.perform(get("/projects/{p}/migration/runs/{r}/progress", his, full).param("polling", "true")
                        .header("HX-Request", "true").with(as(users, "liqiang")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("HX-Refresh", "true"));
        mvc.perform(get("/projects/{p}/migration/runs/{r}/progress", his, full).with(as(users, "chenjing")))
                .andExpect(status().isNotFound());

        // Not critical: a successful full run is enough, and the sign-off is recorded, audited and shown.
        redirect(post("/projects/{p}/migration/plans/{pl}/datasets/{d}/target", his, plan, dataset)
                .with(as(users, "liqiang")).param("planVersion", String.valueOf(planVersion(plan)))
                .param("targetComponent", jdbc.queryForObject("SELECT (content::json #>> "
                        + "'{datasets,0,target,database}') FROM migration_plan_version v JOIN migration_plan p "
                        + "ON p.id = v.plan_id AND v.number = p.current_version WHERE p.id = ?", String.class, plan))
                .param("table", "patient").param("spotChecks", "5").param("reconcileSums", "balance")
                .param("dedupe", "KEEP_FIRST").param("trim", "true"));
        redirect(post("/projects/{p}/migration/plans/{pl}/datasets/{d}/sign-off", his, plan, dataset)
                .with(as(users, "wangfang")));
        assertThat(jdbc.queryForObject("SELECT signed_off_by FROM migration_dataset WHERE id = ?", String.class,
                dataset)).isEqualTo("王芳 Wang Fang");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE entity_type = 'migration-dataset' "
                + "AND entity_id = ? AND detail LIKE 'signed off%'", Long.class, String.valueOf(dataset))).isOne();
        assertThat(html("chenjing", "/projects/{p}/migration", his)).contains("王芳 Wang Fang");
    }

    @Test
    void theDemoHospitalHasThePatientPlanOnItsExportAndSaysWhyItCannotReachItsDatabase() throws Exception {
        long his = testData.demoProjectId("HIS");
        Long plan = jdbc.queryForObject("SELECT id FROM migration_plan WHERE project_id = ? AND name = 'HIS 患者迁移'",
                Long.class, his);
        Long dataset = jdbc.queryForObject("SELECT id FROM migration_dataset WHERE plan_id = ? AND name = 'patients'",
                Long.class, plan);
        String page = html("liqiang", "/projects/{p}/migration/plans/{pl}/datasets/{d}", his, plan, dataset);
        assertThat(page).contains("GBK", "病人编号", "id=\"table-error\"", "HIS 主库", "lookup gender");
        assertThat(html("liqiang", "/projects/{p}/migration/plans/{pl}", his, plan)).contains("insurance", "v3");
        byte[] mapping = mvc.perform(get("/projects/{p}/migration/plans/{pl}/mapping.xlsx", his, plan)
                        .with(as(users, "liqiang")).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(mapping))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(4).getStringCellValue()).isEqualTo("目标列");
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(12);
            assertThat(workbook.getSheetAt(0).getRow(3).getCell(9).getStringCellValue()).isEqualTo("lookup gender");
        }
        String yaml = mvc.perform(get("/projects/{p}/migration/plans/{pl}/plan.yaml", his, plan)
                        .with(as(users, "liqiang"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(io.luodi.migration.engine.plan.PlanYaml.read(yaml).dataset("patients").fields()).hasSize(12);
        for (String url : new String[]{"/projects/{p}/migration", "/projects/{p}/migration/plans/" + plan,
                "/projects/{p}/migration/plans/" + plan + "/datasets/" + dataset,
                "/projects/{p}/migration/plans/" + plan + "/yaml", "/projects/{p}/phases/data-migration"}) {
            for (String language : new String[]{"en", "zh-CN"}) {
                String text = mvc.perform(get(url, his).with(as(users, "liqiang")).header("Accept-Language", language))
                        .andExpect(status().isOk()).andReturn().getResponse()
                        .getContentAsString(StandardCharsets.UTF_8);
                assertThat(text).as(url + " in " + language).doesNotContain("??");
            }
        }
    }

    @Test
    void aDatasetReadWithAQueryOnASourceDatabaseLoadsItsRows() throws Exception {
        long his = testData.demoProjectId("HIS");
        long component = MigrationFixture.databaseComponent(environments, policy, users, his,
                "查询源 " + System.nanoTime() % 100000);
        long plan = id(PLAN, redirect(post("/projects/{id}/migration/plans", his).with(as(users, "liqiang"))
                .param("name", "病区 " + System.nanoTime() % 100000)));
        String base = "/projects/" + his + "/migration/plans/" + plan;
        long dataset = id(DATASET, redirect(post(base + "/query-datasets").with(as(users, "liqiang"))
                .param("name", "wards").param("sourceComponent", String.valueOf(component))
                .param("query", "SELECT ward_code, ward_name FROM legacy_ward ORDER BY ward_code")));
        redirect(post(base + "/datasets/{d}/target", dataset).with(as(users, "liqiang"))
                .param("planVersion", String.valueOf(planVersion(plan)))
                .param("targetComponent", String.valueOf(component)).param("table", "ward")
                .param("spotChecks", "0").param("trim", "true").param("dedupe", "KEEP_FIRST"));
        redirect(post(base + "/datasets/{d}/mapping", dataset).with(as(users, "liqiang"))
                .param("planVersion", String.valueOf(planVersion(plan)))
                .param("fields[0].target", "code").param("fields[0].sourceText", "ward_code")
                .param("fields[0].required", "true")
                .param("fields[1].target", "name").param("fields[1].sourceText", "ward_name")
                .param("fields[1].required", "true"));

        long full = run(his, plan, dataset, "FULL");
        assertThat(jdbc.queryForMap("SELECT status, rows_read, inserted, rejected, source_sha256 FROM migration_run "
                + "WHERE id = ?", full)).containsEntry("status", "SUCCEEDED").containsEntry("rows_read", 3L)
                .containsEntry("inserted", 2L).containsEntry("rejected", 1L).containsEntry("source_sha256", null);
        assertThat(MigrationFixture.text("SELECT string_agg(code || '=' || name, ',' ORDER BY code) FROM ward"))
                .isEqualTo("W01=心内科,W02=骨科");
        assertThat(html("liqiang", "/projects/{p}/migration/runs/{r}", his, full))
                .contains("SQL 查询", "data-reason=\"blank_required\"");

        long incremental = run(his, plan, dataset, "INCREMENTAL");
        assertThat(jdbc.queryForMap("SELECT status, inserted, updated, unchanged FROM migration_run WHERE id = ?",
                incremental)).containsEntry("status", "SUCCEEDED").containsEntry("inserted", 0L)
                .containsEntry("updated", 0L).containsEntry("unchanged", 2L);

        // Bad input comes back on the form in the user's language; nothing is saved and nothing fails.
        int version = planVersion(plan);
        for (String[] bad : new String[][]{{"dedupe", "SOMETIMES", "不是处理重复键的方式"},
                {"table", "no_such_table", "目标数据库中没有表"}}) {
            String page = mvc.perform(post(base + "/datasets/{d}/target", dataset).with(as(users, "liqiang"))
                            .with(csrf()).header("Accept-Language", "zh-CN")
                            .param("planVersion", String.valueOf(version))
                            .param("targetComponent", String.valueOf(component)).param("table", "ward")
                            .param(bad[0], bad[1]))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).contains(bad[2], "is-invalid");
        }
        String page = mvc.perform(post(base + "/datasets/{d}/mapping", dataset).with(as(users, "liqiang"))
                        .with(csrf()).header("Accept-Language", "zh-CN").param("planVersion", String.valueOf(version))
                        .param("fields[0].target", "code").param("fields[0].sourceText", "ward_code")
                        .param("fields[0].transforms", "trim\nsqueeze"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("列 code 第 2 行：“squeeze”不是可识别的步骤");
        assertThat(planVersion(plan)).isEqualTo(version);

        // A mapping the source does not fit fails the run, and its page says why.
        redirect(post(base + "/datasets/{d}/mapping", dataset).with(as(users, "liqiang"))
                .param("planVersion", String.valueOf(version))
                .param("fields[0].target", "code").param("fields[0].sourceText", "ward_no")
                .param("fields[1].target", "name").param("fields[1].sourceText", "ward_name"));
        long failed = run(his, plan, dataset, "FULL");
        assertThat(jdbc.queryForObject("SELECT status FROM migration_run WHERE id = ?", String.class, failed))
                .isEqualTo("FAILED");
        assertThat(html("liqiang", "/projects/{p}/migration/runs/{r}", his, failed))
                .contains("id=\"run-failure\"", "ward_no");
        assertThat(MigrationFixture.count("SELECT count(*) FROM ward")).isEqualTo(2);
    }

    @Test
    void aLongFullRunShowsItsProgressAndACancelLeavesTheTargetAsItWas() throws Exception {
        long his = testData.demoProjectId("HIS");
        long[] ids = mappedPlan(his, "取消 " + System.nanoTime() % 100000, false);
        long plan = ids[0];
        long dataset = ids[1];
        // The sample's 500 rows 600 times over, each copy with its own patient numbers: 300,000 rows.
        String sample = new String(MigrationFixture.samplePatients(), "GBK");
        int header = sample.indexOf('\n') + 1;
        StringBuilder big = new StringBuilder(sample.substring(0, header));
        String body = sample.substring(header);
        for (int copy = 0; copy < 600; copy++) {
            big.append(body.replace("P00000", String.format("P%03d", copy)));
        }
        redirect(multipart("/projects/{p}/migration/plans/{pl}/datasets/{d}/file", his, plan, dataset)
                .file(new MockMultipartFile("file", "patients-300k.csv", "text/csv", big.toString().getBytes("GBK")))
                .with(as(users, "liqiang")));
        long before = MigrationFixture.count("SELECT count(*) FROM patient");

        long run = id(RUN, redirect(post("/projects/{p}/migration/plans/{pl}/datasets/{d}/runs", his, plan, dataset)
                .with(as(users, "liqiang")).param("mode", "FULL")));
        Instant deadline = Instant.now().plusSeconds(30);
        String fragment = "";
        while (Instant.now().isBefore(deadline)) {
            fragment = mvc.perform(get("/projects/{p}/migration/runs/{r}/progress", his, run).param("polling", "true")
                            .header("HX-Request", "true").header("Accept-Language", "zh-CN")
                            .with(as(users, "liqiang")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            if (fragment.contains("data-status=\"RUNNING\"") && jdbc.queryForObject(
                    "SELECT rows_done FROM migration_run WHERE id = ?", Long.class, run) > 0) {
                break;
            }
            Thread.sleep(50);
        }
        assertThat(fragment).contains("hx-trigger=\"every 1s\"", "行/秒", "<progress", "cancel-run");
        // A second run of the dataset waits for this one.
        String refused = mvc.perform(post("/projects/{p}/migration/plans/{pl}/datasets/{d}/runs", his, plan, dataset)
                        .with(as(users, "liqiang")).with(csrf()).header("Accept-Language", "zh-CN")
                        .param("mode", "SAMPLE"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("已有排队或执行中的任务");

        redirect(post("/projects/{p}/migration/runs/{r}/cancel", his, run).with(as(users, "liqiang")));
        awaitRun(run);
        assertThat(jdbc.queryForObject("SELECT status FROM migration_run WHERE id = ?", String.class, run))
                .isEqualTo("CANCELLED");
        assertThat(MigrationFixture.count("SELECT count(*) FROM patient")).isEqualTo(before);
        assertThat(html("liqiang", "/projects/{p}/migration/runs/{r}", his, run)).contains("已取消", "patients-300k.csv");
    }

    @Test
    void aPlanSavedAsYamlWithMistakesListsThemByPathAndSavesNothing() throws Exception {
        long his = testData.demoProjectId("HIS");
        long plan = id(PLAN, redirect(post("/projects/{id}/migration/plans", his).with(as(users, "liqiang"))
                .param("name", "YAML " + System.nanoTime() % 100000)));
        int before = planVersion(plan);
        String page = mvc.perform(post("/projects/{p}/migration/plans/{id}/yaml", his, plan).with(csrf())
                        .with(as(users, "liqiang")).header("Accept-Language", "zh-CN")
                        .param("yaml", "plan: x\ndatasets:\n  - name: a\n    source: { file: a.csv }\n"
                                + "    target: { table: t, key: [id] }\n    fields:\n"
                                + "      - { target: id, source: 编号, transforms: [ { nonsense: 1 } ] }\n"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"plan-problems\"", "datasets[0].fields[0]");
        assertThat(planVersion(plan)).isEqualTo(before);

        byte[] example = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("../docs/examples/his-patients-plan.yaml"));
        redirect(multipart("/projects/{p}/migration/plans/{id}/import", his, plan)
                .file(new MockMultipartFile("file", "his-patients-plan.yaml", "application/yaml", example))
                .with(as(users, "liqiang")));
        assertThat(planVersion(plan)).isEqualTo(before + 1);
        assertThat(jdbc.queryForList("SELECT name FROM migration_dataset WHERE plan_id = ?", String.class, plan))
                .containsExactly("patients");
        assertThat(html("liqiang", "/projects/{p}/migration/plans/{id}", his, plan))
                .contains("his-patients-plan.yaml", "dataset-link", "gender");
    }

    @Test
    void anUploadThatIsNotATableIsRefusedOnTheFormInTheUsersLanguage() throws Exception {
        long his = testData.demoProjectId("HIS");
        long plan = id(PLAN, redirect(post("/projects/{id}/migration/plans", his).with(as(users, "liqiang"))
                .param("name", "上传 " + System.nanoTime() % 100000)));
        String page = mvc.perform(multipart("/projects/{p}/migration/plans/{id}/datasets", his, plan)
                        .file(new MockMultipartFile("file", "patients.pdf", "application/pdf", new byte[]{1, 2, 3}))
                        .param("name", "patients").with(as(users, "liqiang")).with(csrf())
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("不是 CSV、TSV、TXT 或 XLSX 文件");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM migration_dataset WHERE plan_id = ?", Long.class, plan))
                .isZero();
    }
}
