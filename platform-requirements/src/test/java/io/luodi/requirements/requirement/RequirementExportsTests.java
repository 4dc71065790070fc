package io.luodi.requirements.requirement;

import io.luodi.core.project.ProjectAccess;
import io.luodi.core.testing.ProjectFixture;
import io.luodi.core.testing.ProjectFixture.TestProject;
import io.luodi.testsupport.LibreOffice;
import io.luodi.testsupport.WithPostgres;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@WithPostgres
class RequirementExportsTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    ProjectFixture fixture;
    @Autowired
    RequirementManagement requirements;
    @Autowired
    RequirementExports exports;
    @Autowired
    JdbcClient jdbc;

    private record Exported(TestProject project, ProjectAccess staff, ProjectAccess customer) {
    }

    private Exported projectWithHistory() {
        TestProject project = fixture.create();
        ProjectAccess staff = project.access(project.consultant());
        long id = requirements.create(staff, new RequirementForm("门诊挂号支持微信预约", "患者可在公众号预约挂号\n并在线缴费",
                "门诊挂号", Priority.MUST, RequirementStatus.PROPOSED, true, "预约成功后发送短信", "客户催得很紧", null,
                null, null));
        requirements.create(staff, new RequirementForm("=HYPERLINK(\"http://x\")", null, null, Priority.WONT,
                RequirementStatus.REJECTED, false, null, null, null, null, null));
        RequirementForm loaded = requirements.detail(staff, id).toForm();
        requirements.update(staff, id, new RequirementForm(loaded.title(), loaded.description(), loaded.category(),
                Priority.SHOULD, RequirementStatus.ACCEPTED, true, loaded.acceptanceCriteria(), "已与院方确认",
                loaded.version(), null, null));
        return new Exported(project, staff, project.access(project.customer()));
    }

    @Test
    void theListExportKeepsChineseAndFormulaLikeTitlesAsTextWithRealDatesUnderAFrozenHeader() throws IOException {
        Exported e = projectWithHistory();

        Sheet sheet = read(exports.requirementList(e.staff(), RequirementQuery.all(), Locale.SIMPLIFIED_CHINESE));

        assertThat(texts(sheet.getRow(0))).containsExactly("编号", "标题", "描述", "分类 / 模块", "优先级", "状态", "范围",
                "验收标准", "来源数", "创建人", "创建日期", "更新日期", "内部备注");
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(texts(sheet.getRow(1)).subList(0, 8)).containsExactly("REQ-001", "门诊挂号支持微信预约",
                "患者可在公众号预约挂号\n并在线缴费", "门诊挂号", "应该有", "已接受", "范围内", "预约成功后发送短信");
        assertThat(sheet.getRow(1).getCell(12).getStringCellValue()).isEqualTo("已与院方确认");
        Cell formulaLike = sheet.getRow(2).getCell(1);
        assertThat(formulaLike.getCellType()).isEqualTo(CellType.STRING);
        assertThat(formulaLike.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
        assertThat(formulaLike.getCellStyle().getQuotePrefixed()).isTrue();
        Cell created = sheet.getRow(1).getCell(10);
        assertThat(created.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(created)).isTrue();
        assertThat(created.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.now(SHANGHAI));
        assertThat(sheet.getRow(1).getCell(8).getNumericCellValue()).isZero();
    }

    @Test
    void customersGetNeitherTheInternalNoteColumnNorItsHistoryAndHeadersFollowTheirLanguage() throws IOException {
        Exported e = projectWithHistory();

        Sheet list = read(exports.requirementList(e.customer(), RequirementQuery.all(), Locale.ENGLISH));
        Sheet changes = read(exports.changeLog(e.customer(), Locale.ENGLISH));
        Sheet staffChanges = read(exports.changeLog(e.staff(), Locale.SIMPLIFIED_CHINESE));

        assertThat(texts(list.getRow(0))).hasSize(12).doesNotContain("Internal note").contains("Key", "Title");
        assertThat(texts(list.getRow(1))).doesNotContain("已与院方确认", "客户催得很紧");
        assertThat(texts(changes.getRow(0))).containsExactly("Key", "Field", "Old value", "New value", "Changed by",
                "Changed at", "Cause");
        List<List<String>> customerRows = rows(changes);
        assertThat(customerRows).extracting(r -> r.get(1)).containsExactlyInAnyOrder("Priority", "Status");
        assertThat(customerRows).filteredOn(r -> r.get(1).equals("Status"))
                .extracting(r -> r.subList(0, 4)).containsExactly(List.of("REQ-001", "Status", "Proposed", "Accepted"));
        assertThat(rows(staffChanges)).extracting(r -> r.get(1))
                .containsExactlyInAnyOrder("优先级", "状态", "内部备注");
        assertThat(rows(staffChanges)).filteredOn(r -> r.get(1).equals("内部备注"))
                .extracting(r -> r.subList(2, 5))
                .containsExactly(List.of("客户催得很紧", "已与院方确认", e.project().consultant().displayName()));
        Cell when = staffChanges.getRow(1).getCell(5);
        assertThat(DateUtil.isCellDateFormatted(when)).isTrue();
        assertThat(when.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'EXPORT' AND project_id = ?")
                .param(e.project().id()).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void theListExportFollowsTheListsFiltersAndOrder() throws IOException {
        Exported e = projectWithHistory();

        Sheet sheet = read(exports.requirementList(e.staff(), new RequirementQuery(null, null, false, null, null,
                RequirementSort.KEY, false, 0, 1), Locale.ENGLISH));

        assertThat(rows(sheet)).extracting(r -> r.get(0)).containsExactly("REQ-002");
    }

    @Test
    void libreOfficeOpensTheListExportAndDrawsTheChinese() {
        Exported e = projectWithHistory();

        LibreOffice.Rendering pdf = LibreOffice.render(
                exports.requirementList(e.staff(), RequirementQuery.all(), Locale.SIMPLIFIED_CHINESE), "需求清单.xlsx");

        assertThat(pdf.text()).contains("门诊挂号支持微信预约", "REQ-002", "=HYPERLINK");
        assertThat(pdf.usesCjkFont()).as("fonts %s", pdf.fonts()).isTrue();
    }

    private static Sheet read(byte[] workbook) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(workbook)).getSheetAt(0);
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            texts.add(cell == null ? "" : cell.getCellType() == CellType.STRING ? cell.getStringCellValue()
                    : String.valueOf(cell));
        }
        return texts;
    }

    private static List<List<String>> rows(Sheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            rows.add(texts(sheet.getRow(r)));
        }
        return rows;
    }
}
