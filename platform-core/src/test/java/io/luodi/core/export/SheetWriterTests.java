package io.luodi.core.export;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SheetWriterTests {

    private static Sheet roundTrip(List<?>... rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new XSSFWorkbook()) {
            SheetWriter writer = SheetWriter.start(workbook, "需求", List.of("标题", "数量", "日期"), List.of(40, 8, 12));
            for (List<?> row : rows) {
                writer.row(row);
            }
            writer.finish();
            workbook.write(out);
        }
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray())).getSheetAt(0);
    }

    @Test
    void formulaLikeTextStaysTextAndChineseSurvives() throws IOException {
        Sheet sheet = roundTrip(List.of("=HYPERLINK(\"http://x\")", 3, LocalDate.of(2026, 3, 1)),
                List.of("门诊挂号流程优化", -2, LocalDate.of(2026, 3, 2)),
                Arrays.asList("+1 审批", null, null));

        assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.STRING);
        assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
        assertThat(sheet.getRow(1).getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
        assertThat(sheet.getRow(3).getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
        assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("门诊挂号流程优化");
        assertThat(sheet.getRow(2).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
        assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(-2);
        assertThat(sheet.getRow(1).getCell(2).getLocalDateTimeCellValue().toLocalDate())
                .isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void dateTimesAreRealDateTimesWithTheirTimeShown() throws IOException {
        Sheet sheet = roundTrip(List.of("变更", 1, LocalDateTime.of(2026, 3, 1, 14, 35)));

        var cell = sheet.getRow(1).getCell(2);
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 3, 1, 14, 35));
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm");
    }

    @Test
    void theHeaderIsFrozenAndFiltered() throws IOException {
        Sheet sheet = roundTrip(List.of("a", 1, LocalDate.of(2026, 1, 1)));

        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("标题");
        assertThat(sheet.getColumnWidth(0)).isEqualTo(40 * 256);
        assertThat(((org.apache.poi.xssf.usermodel.XSSFSheet) sheet).getCTWorksheet().isSetAutoFilter()).isTrue();
    }

    @Test
    void recognisesEveryFormulaLead() {
        for (String lead : List.of("=", "+", "-", "@", "\t", "\r")) {
            assertThat(SheetWriter.looksLikeAFormula(lead + "x")).as(lead).isTrue();
        }
        assertThat(SheetWriter.looksLikeAFormula("需求")).isFalse();
        assertThat(SheetWriter.looksLikeAFormula("")).isFalse();
    }
}
