package io.luodi.migration.engine.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.luodi.migration.engine.plan.SourceSpec;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An XLSX source read from the sheet's XML as a stream. */
class SourceXlsxTests {

    @TempDir
    Path directory;
    Path workbook;

    @BeforeEach
    void writeWorkbook() throws IOException {
        workbook = directory.resolve("病人.data"); // the name does not matter, the bytes do
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(workbook)) {
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle dateTime = book.createCellStyle();
            dateTime.setDataFormat(book.createDataFormat().getFormat("yyyy/m/d h:mm:ss"));
            CellStyle grouped = book.createCellStyle();
            grouped.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));

            Sheet sheet = book.createSheet("病人");
            sheet.createRow(0).createCell(0).setCellValue("某某医院病人信息");
            Row header = sheet.createRow(2);
            String[] names = {"病人编号", "姓名", "出生日期", "建档时间", "账户余额", "备注", "是否在院"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            for (int i = names.length; i < names.length + 5; i++) {
                header.createCell(i).setCellStyle(grouped); // formatted but empty, as whole-row formatting leaves
            }
            Row first = sheet.createRow(3);
            first.createCell(0).setCellValue("P001");
            first.createCell(1).setCellValue("张𠀀");
            first.createCell(2).setCellValue(LocalDate.of(1980, 1, 2));
            first.getCell(2).setCellStyle(date);
            first.createCell(3).setCellValue(LocalDateTime.of(2020, 4, 10, 11, 50, 55));
            first.getCell(3).setCellStyle(dateTime);
            first.createCell(4).setCellValue(12345678901.5);
            first.getCell(4).setCellStyle(grouped);
            // column F (备注) left empty in the middle of the row
            first.createCell(6).setCellValue(true);
            Row second = sheet.createRow(6);
            second.createCell(0).setCellValue("P002");
            second.createCell(1).setCellValue("李四");
            second.createCell(4).setCellValue(1.0);
            second.createCell(5).setCellValue("  ");
            second.createCell(6).setCellFormula("\"N\"&\"O\"");
            Row third = sheet.createRow(7);
            third.createCell(0).setCellValue("P003");
            third.createCell(4).setCellValue(0.1 + 0.2);
            third.createCell(9).setCellStyle(date);
            book.createSheet("第二页").createRow(0).createCell(0).setCellValue("not read");
            book.getCreationHelper().createFormulaEvaluator().evaluateAll(); // Excel stores a formula's last value
            book.write(out);
        }
    }

    @Test
    void detectsTheWorkbookByItsBytesAndFindsTheHeaderBelowTheTitle() throws IOException {
        DetectedSource detected = SourceFiles.detect(workbook);

        assertThat(detected.format()).isEqualTo(SourceFormat.XLSX);
        assertThat(detected.encoding()).isNull();
        assertThat(detected.delimiter()).isNull();
        assertThat(detected.headerRow()).isEqualTo(3);
        assertThat(detected.header()).containsExactly("病人编号", "姓名", "出生日期", "建档时间", "账户余额", "备注", "是否在院");
        assertThat(detected.preview()).extracting(SourceRow::line).containsExactly(4L, 7L, 8L);
    }

    @Test
    void readsCellsAsTextKeepingColumnPositions() throws IOException {
        List<SourceRow> rows = SourceTextParsingTests.readAll(workbook, null);

        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).values())
                .containsExactly("P001", "张𠀀", "1980-01-02", "2020-04-10 11:50:55", "12345678901.5", "", "TRUE");
        assertThat(rows.get(1).values()).containsExactly("P002", "李四", "", "", "1", "  ", "NO");
        assertThat(rows.get(2).values()).containsExactly("P003", "", "", "", "0.3");
    }

    @Test
    void takesTheHeaderRowFromThePlan() throws IOException {
        try (SourceReader reader = SourceFiles.open(workbook, new SourceSpec(null, null, null, 1, null, null))) {
            assertThat(reader.header()).containsExactly("某某医院病人信息");
            assertThat(reader.next().line()).isEqualTo(3);
            assertThat(reader.size()).isPositive();
            assertThat(reader.position()).isPositive().isLessThanOrEqualTo(reader.size());
        }
    }

    @Test
    void formatsNumbersPlainlyAsExcelShowsThem() {
        assertThat(XlsxCellText.number("1.0")).isEqualTo("1");
        assertThat(XlsxCellText.number("1.0E10")).isEqualTo("10000000000");
        assertThat(XlsxCellText.number("1.23456789012E-5")).isEqualTo("0.0000123456789012");
        assertThat(XlsxCellText.number("0.30000000000000004")).isEqualTo("0.3");
        assertThat(XlsxCellText.number("-0.0")).isEqualTo("0");
        assertThat(XlsxCellText.number("100")).isEqualTo("100");
    }

    @Test
    void undoesExcelsEscapesOfCharactersXmlCannotHold() {
        assertThat(XlsxCellText.unescapeOoxml("第一行_x000D_第二行")).isEqualTo("第一行\r第二行");
        assertThat(XlsxCellText.unescapeOoxml("_x0041__x0042_C")).isEqualTo("ABC");
        assertThat(XlsxCellText.unescapeOoxml("my_xylophone_x12")).isEqualTo("my_xylophone_x12");
    }

    @Test
    void formatsSerialDatesAsIsoText() {
        assertThat(XlsxCellText.date("29221", false)).isEqualTo("1980-01-01");
        assertThat(XlsxCellText.date("29221.5", false)).isEqualTo("1980-01-01 12:00:00");
        assertThat(XlsxCellText.date("0.75", false)).isEqualTo("18:00:00");
        assertThat(XlsxCellText.isoDate("2024-05-01T00:00:00")).isEqualTo("2024-05-01");
    }
}
