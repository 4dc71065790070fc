package io.luodi.requirements.scope;

import io.luodi.core.export.DocumentWriter;
import io.luodi.requirements.requirement.Priority;
import io.luodi.testsupport.LibreOffice;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ScopeDocumentTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant FROZEN = Instant.parse("2026-03-01T02:00:00Z");
    private static final Instant SIGNED = Instant.parse("2026-03-03T17:30:00Z");

    private static final BaselineSummary V1 = new BaselineSummary(1, BaselineStatus.WITHDRAWN, "wangfang", FROZEN,
            null, null, null, null);
    private static final BaselineSummary V2 = new BaselineSummary(2, BaselineStatus.SIGNED, "wangfang", FROZEN,
            SIGNED, null,
            new Signer(SignatureSide.IMPLEMENTER, 1, "王芳", Instant.parse("2026-03-02T01:00:00Z"), null),
            new Signer(SignatureSide.CUSTOMER, 2, "赵磊", SIGNED, "同意"));

    private static final ScopeSections SECTIONS = new ScopeSections("上线费用报销与应付模块。\n审批从 7 级精简到 3 级。",
            "系统配置文档\n用户手册", "6 月 30 日上线", "客户提供组织架构数据", null, "接口对接延期", "连续 30 天无一级故障");

    private static byte[] signedBaseline(Locale locale) {
        return ScopeDocument.write(new ScopeDocument.Content("FIN", "财务共享系统实施", "华东精密制造", "v2", V2,
                LocalDate.of(2026, 3, 4), SECTIONS,
                List.of(new ScopeItem(1, 1, "移动端审批", "出差领导用手机审批", "费用报销", Priority.MUST, true, "手机可审批"),
                        new ScopeItem(5, 5, "=HYPERLINK(\"http://x\")", null, null, Priority.COULD, true, null)),
                List.of(new ScopeItem(3, 3, "预算控制", null, "预算", Priority.WONT, false, null)),
                List.of(V1, V2)), new ScopeLabels(locale), SHANGHAI);
    }

    @Test
    void theDocumentHasNumberedHeadingsTheNavigationPaneLists() throws IOException {
        try (XWPFDocument document = read(signedBaseline(Locale.SIMPLIFIED_CHINESE))) {
            List<XWPFParagraph> headings = document.getParagraphs().stream()
                    .filter(p -> "Heading1".equals(p.getStyle())).toList();

            assertThat(headings).extracting(XWPFParagraph::getText).containsExactly("项目目标", "范围内需求",
                    "范围外需求", "交付物", "里程碑", "假设", "约束", "风险", "验收标准", "签署");
            assertThat(headings).allSatisfy(h -> assertThat(h.getNumID()).isNotNull());
            assertThat(document.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal())
                    .isEqualTo(BigInteger.ZERO);
        }
    }

    @Test
    void theCoverAndTheBodyKeepTheChineseInAnEastAsianFontOnA4() throws IOException {
        try (XWPFDocument document = read(signedBaseline(Locale.SIMPLIFIED_CHINESE))) {
            var pageSize = document.getDocument().getBody().getSectPr().getPgSz();
            assertThat(pageSize.getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(pageSize.getH()).isEqualTo(BigInteger.valueOf(16838));

            XWPFParagraph title = document.getParagraphs().get(0);
            assertThat(title.getText()).isEqualTo("项目范围说明书");
            assertThat(document.getParagraphs()).extracting(XWPFParagraph::getText)
                    .contains("财务共享系统实施", "审批从 7 级精简到 3 级。", "6 月 30 日上线", "未填写。");
            XWPFParagraph objective = document.getParagraphs().stream()
                    .filter(p -> p.getText().equals("上线费用报销与应付模块。")).findFirst().orElseThrow();
            assertThat(objective.getRuns()).allSatisfy(r -> assertThat(r.getFontFamily(XWPFRun.FontCharRange.eastAsia))
                    .isEqualTo(DocumentWriter.BODY_FONT));

            XWPFTable cover = document.getTables().get(0);
            assertThat(cover.getText()).contains("FIN 财务共享系统实施", "华东精密制造", "v2", "已签署", "2026-03-04");
        }
    }

    @Test
    void theControlAndSignOffTablesNameWhoSignedForEachSideAndWhen() throws IOException {
        try (XWPFDocument document = read(signedBaseline(Locale.SIMPLIFIED_CHINESE))) {
            List<XWPFTable> tables = document.getTables();
            XWPFTable control = tables.get(1);
            assertThat(rows(control)).containsExactly(
                    List.of("版本", "日期", "状态", "实施方", "客户方"),
                    List.of("v1", "2026-03-01", "已撤回", "", ""),
                    List.of("v2", "2026-03-04", "已签署", "王芳 2026-03-02", "赵磊 2026-03-04"));

            XWPFTable inScope = tables.get(2);
            assertThat(rows(inScope).get(0)).containsExactly("编号", "标题", "类别", "优先级", "验收标准");
            assertThat(rows(inScope).get(1)).containsExactly("REQ-001", "移动端审批\n出差领导用手机审批", "费用报销", "必须",
                    "手机可审批");
            assertThat(rows(inScope).get(2).get(1)).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(rows(tables.get(3)).get(1)).containsExactly("REQ-003", "预算控制", "预算", "暂不", "");

            XWPFTable signOff = tables.get(tables.size() - 1);
            assertThat(rows(signOff)).containsExactly(
                    List.of("签署方", "姓名", "签署日期"),
                    List.of("实施方", "王芳", "2026-03-02"),
                    List.of("客户方", "赵磊", "2026-03-04"));
        }
    }

    @Test
    void aDraftLeavesTheSignOffLinesBlankAndSpeaksTheReadersLanguage() throws IOException {
        byte[] draft = ScopeDocument.write(new ScopeDocument.Content("FIN", "Finance shared services", "East China",
                null, null, LocalDate.of(2026, 3, 4), ScopeSections.EMPTY, List.of(), List.of(), List.of()),
                new ScopeLabels(Locale.ENGLISH), SHANGHAI);

        try (XWPFDocument document = read(draft)) {
            assertThat(document.getParagraphs().get(0).getText()).isEqualTo("Project Scope Statement");
            assertThat(document.getTables().get(0).getText()).contains("Draft");
            assertThat(document.getParagraphs()).extracting(XWPFParagraph::getText)
                    .contains("Project objectives", "No baseline has been frozen yet.", "Not written.", "None.");
            XWPFTable signOff = document.getTables().get(document.getTables().size() - 1);
            assertThat(rows(signOff)).containsExactly(List.of("Side", "Name", "Date signed"),
                    List.of("Implementer", "", ""), List.of("Customer", "", ""));
        }
    }

    @Test
    void libreOfficeOpensItAndDrawsTheChineseWithACjkFont() {
        LibreOffice.Rendering pdf = LibreOffice.render(signedBaseline(Locale.SIMPLIFIED_CHINESE), "范围说明书.docx");

        assertThat(pdf.pages()).isGreaterThanOrEqualTo(3);
        assertThat(pdf.text()).contains("项目范围说明书", "移动端审批", "赵磊", "REQ-003");
        assertThat(pdf.usesCjkFont()).as("fonts %s", pdf.fonts()).isTrue();
    }

    private static XWPFDocument read(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    private static List<List<String>> rows(XWPFTable table) {
        return table.getRows().stream().map(ScopeDocumentTests::cells).toList();
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(c -> c.getText()).toList();
    }
}
