package io.luodi.migration.engine.rejects;

import io.luodi.migration.engine.process.Rejection;
import io.luodi.migration.engine.text.Texts;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RejectedRowsWritersTests {

    private final Texts chinese = Texts.of(Locale.SIMPLIFIED_CHINESE);

    @TempDir
    Path dir;

    @Test
    void csvStartsWithAByteOrderMarkSoExcelReadsChinese() throws Exception {
        Path file = dir.resolve("rejects.csv");
        try (RejectedRowsWriter writer = RejectedRowsWriter.forFile(file, chinese)) {
            writer.write(new Rejection(159, "账户余额", "12,3a", "bad_number"));
            writer.write(new Rejection(167, "姓名", "  ", "blank_required"));
        }
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text.split("\r\n")).containsExactly(
                "行号,列,值,原因代码,原因",
                "159,账户余额,\"12,3a\",bad_number," + chinese.reason("bad_number"),
                "167,姓名,\"  \",blank_required," + chinese.reason("blank_required"));
    }

    @Test
    void csvShowsFormulaLikeValuesAsTextButKeepsNegativeNumbers() {
        assertThat(RejectedRowsCsv.guarded("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(RejectedRowsCsv.guarded("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(RejectedRowsCsv.guarded("-12.50")).isEqualTo("-12.50");
        assertThat(RejectedRowsCsv.guarded("张三")).isEqualTo("张三");
    }

    @Test
    void xlsxHoldsEveryRejectionWithItsReasonInWords() throws Exception {
        Path file = dir.resolve("rejects.xlsx");
        try (RejectedRowsWriter writer = RejectedRowsWriter.forFile(file, chinese)) {
            for (int line = 2; line < 1_002; line++) {
                writer.write(new Rejection(line, "身份证号", "11010519491231002\u0007X", "bad_checksum"));
            }
        }
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(workbook.getSheetName(0)).isEqualTo("拒绝行");
            assertThat(sheet.getLastRowNum()).isEqualTo(1_000);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("原因");
            Row last = sheet.getRow(1_000);
            assertThat(last.getCell(0).getNumericCellValue()).isEqualTo(1_001);
            assertThat(last.getCell(1).getStringCellValue()).isEqualTo("身份证号");
            assertThat(last.getCell(2).getStringCellValue()).startsWith("11010519491231002");
            assertThat(last.getCell(4).getStringCellValue()).isEqualTo(chinese.reason("bad_checksum"));
        }
    }

    @Test
    void refusesOtherFileKinds() {
        assertThatThrownBy(() -> RejectedRowsWriter.forFile(dir.resolve("rejects.txt"), chinese))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(".csv");
    }
}
