package io.luodi.core.export;

import io.luodi.testsupport.LibreOffice;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentWriterTests {

    private static byte[] sample() {
        return DocumentWriter.a4()
                .cover("项目范围说明书", "市第一人民医院 HIS 项目", List.of(
                        new DocumentWriter.Fact("版本", "v2"), new DocumentWriter.Fact("日期", "2026-11-25")))
                .heading(1, "项目目标")
                .text("上线门诊挂号与收费。\n缩短患者排队时间\u0007。")
                .heading(2, "范围内需求")
                .table(List.of("编号", "标题", "优先级"), List.of(15, 65, 20), List.of(
                        List.of("REQ-001", "门诊挂号\n支持预约", "必须"),
                        List.of("REQ-002", "=HYPERLINK(\"http://x\")", "应该")))
                .heading(1, "签署")
                .note("尚无签署")
                .toBytes();
    }

    @Test
    void writesAnA4DocumentWithNumberedHeadingsTheNavigationPaneListsAndChineseInAnEastAsianFont()
            throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(sample()))) {
            var pageSize = document.getDocument().getBody().getSectPr().getPgSz();
            assertThat(pageSize.getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(pageSize.getH()).isEqualTo(BigInteger.valueOf(16838));

            List<XWPFParagraph> headings = document.getParagraphs().stream()
                    .filter(p -> p.getStyle() != null && p.getStyle().startsWith("Heading")).toList();
            assertThat(headings).extracting(XWPFParagraph::getText).containsExactly("项目目标", "范围内需求", "签署");
            assertThat(headings).allSatisfy(h -> assertThat(h.getNumID()).isNotNull());
            var style = document.getStyles().getStyle("Heading2").getCTStyle();
            assertThat(style.getName().getVal()).isEqualTo("heading 2");
            assertThat(style.getPPr().getOutlineLvl().getVal()).isEqualTo(BigInteger.ONE);

            XWPFParagraph body = document.getParagraphs().stream()
                    .filter(p -> p.getText().startsWith("上线门诊")).findFirst().orElseThrow();
            assertThat(body.getRuns().get(0).getFontFamily(org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange.eastAsia))
                    .isEqualTo(DocumentWriter.BODY_FONT);
            assertThat(document.getParagraphs()).extracting(XWPFParagraph::getText)
                    .contains("缩短患者排队时间。");

            XWPFTable table = document.getTables().get(1);
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(table.getRow(1).getCell(1).getText()).contains("门诊挂号").contains("支持预约");
            assertThat(table.getRow(2).getCell(1).getText()).isEqualTo("=HYPERLINK(\"http://x\")");
        }
    }

    @Test
    void libreOfficeOpensTheDocumentAndDrawsTheChineseWithACjkFont() {
        LibreOffice.Rendering pdf = LibreOffice.render(sample(), "范围说明书.docx");

        assertThat(pdf.pages()).isGreaterThanOrEqualTo(2);
        assertThat(pdf.text()).contains("项目范围说明书", "门诊挂号", "REQ-002", "=HYPERLINK");
        assertThat(pdf.usesCjkFont()).as("fonts %s", pdf.fonts()).isTrue();
    }
}
