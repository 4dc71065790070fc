package io.luodi.requirements.scope;

import io.luodi.testsupport.LibreOffice;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ChangeRequestSheetTests {

    @Test
    void eachRequestIsARowWithRealNumbersAndDatesAndFormulaLikeTextKeptAsText() throws IOException {
        ChangeRequestSummary approved = new ChangeRequestSummary(1, "增加发票 OCR", ChangeRequestStatus.APPROVED, 12,
                new BigDecimal("36000.50"), "wangfang", Instant.parse("2026-04-01T02:00:00Z"),
                Instant.parse("2026-04-03T17:00:00Z"), 1, 2,
                new Decision(SignatureSide.IMPLEMENTER, "王芳", true, null, Instant.parse("2026-04-02T02:00:00Z")),
                new Decision(SignatureSide.CUSTOMER, "赵磊", true, "同意", Instant.parse("2026-04-03T17:00:00Z")));
        ChangeRequestSummary submitted = new ChangeRequestSummary(2, "=cmd|' /C calc'!A0",
                ChangeRequestStatus.SUBMITTED, -3, BigDecimal.ZERO, "zhoumin", Instant.parse("2026-04-05T02:00:00Z"),
                null, 2, null, null, null);

        byte[] workbook = ChangeRequestSheet.write(List.of(approved, submitted), Map.of(
                        1, new ChangeRequestSheet.Texts("客户要求减少手工录入", "OCR 供应商接口不稳定"),
                        2, new ChangeRequestSheet.Texts("+SUM(A1:A9)", null)),
                new ScopeLabels(Locale.SIMPLIFIED_CHINESE), ZoneId.of("Asia/Shanghai"));

        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet sheet = read.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("变更申请");
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("编号");
            assertThat(header.getCell(13).getStringCellValue()).isEqualTo("决定日期");
            assertThat(header.getCell(14).getStringCellValue()).isEqualTo("原因");

            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("CR-001");
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("已批准");
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(12);
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(36000.5);
            assertThat(first.getCell(6).getStringCellValue()).isEqualTo("v2");
            assertDate(first.getCell(8), LocalDate.of(2026, 4, 1));
            assertThat(first.getCell(9).getStringCellValue()).isEqualTo("王芳 已批准");
            assertDate(first.getCell(12), LocalDate.of(2026, 4, 4));
            assertDate(first.getCell(13), LocalDate.of(2026, 4, 4));
            assertThat(first.getCell(14).getStringCellValue()).isEqualTo("客户要求减少手工录入");
            assertThat(first.getCell(15).getStringCellValue()).isEqualTo("OCR 供应商接口不稳定");

            Row second = sheet.getRow(2);
            assertThat(second.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(second.getCell(1).getStringCellValue()).isEqualTo("=cmd|' /C calc'!A0");
            assertThat(second.getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(second.getCell(14).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(second.getCell(3).getNumericCellValue()).isEqualTo(-3);
            assertThat(second.getCell(13)).isNull();
        }
        LibreOffice.Rendering opened = LibreOffice.render(workbook, "变更申请.xlsx");
        assertThat(opened.text()).contains("CR-001", "客户要求减少手工录入", "=cmd|' /C calc'!A0");
        assertThat(opened.usesCjkFont()).as("fonts %s", opened.fonts()).isTrue();
    }

    private static void assertDate(Cell cell, LocalDate expected) {
        assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
        assertThat(cell.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(expected);
    }
}
