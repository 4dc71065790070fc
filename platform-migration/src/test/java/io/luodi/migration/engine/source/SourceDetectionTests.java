package io.luodi.migration.engine.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.luodi.migration.engine.plan.SourceSpec;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@link SourceFiles#detect} tells about generated files, and what a plan can override. */
class SourceDetectionTests {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final String PATIENTS = """
            病人编号,姓名,性别,出生日期,账户余额
            P001,张三,1,1980-01-02,"1,234.50"
            P002,李四,2,19900304,88.00
            """;

    @TempDir
    Path directory;

    @Test
    void detectsUtf8WithoutBom() throws IOException {
        DetectedSource detected = SourceFiles.detect(write("p.csv", PATIENTS.getBytes(StandardCharsets.UTF_8)));

        assertThat(detected.encoding()).isEqualTo("UTF-8");
        assertThat(detected.header()).containsExactly("病人编号", "姓名", "性别", "出生日期", "账户余额");
        assertThat(detected.preview().get(0).values()).containsExactly("P001", "张三", "1", "1980-01-02", "1,234.50");
    }

    @Test
    void detectsUtf8AfterABomAndSkipsIt() throws IOException {
        byte[] text = PATIENTS.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);
        Path file = write("p.csv", bytes);

        DetectedSource detected = SourceFiles.detect(file);

        assertThat(detected.encoding()).isEqualTo("UTF-8");
        assertThat(detected.header().get(0)).isEqualTo("病人编号");
        // A plan made on the customer's earlier GBK export still reads the re-export that Excel saved with a BOM.
        try (SourceReader reader = SourceFiles.open(file, new SourceSpec(null, "GBK", null, null, null, null))) {
            assertThat(reader.header().get(0)).isEqualTo("病人编号");
            while (reader.next() != null) {
                assertThat(reader.position()).isLessThanOrEqualTo(reader.size());
            }
            assertThat(reader.position()).isEqualTo(bytes.length);
        }
    }

    @Test
    void callsALegacyChineseFileGbkWhenItHasOnlyTwoByteCharacters() throws IOException {
        DetectedSource detected = SourceFiles.detect(write("p.csv", PATIENTS.getBytes(GB18030)));

        assertThat(detected.encoding()).isEqualTo("GBK");
        assertThat(detected.preview().get(1).values().get(1)).isEqualTo("李四");
    }

    @Test
    void callsItGb18030WhenAFourByteCharacterShowsAndDecodesIt() throws IOException {
        String text = PATIENTS + "P003,王\uD840\uDC00,1,2001-01-01,0\n";
        DetectedSource detected = SourceFiles.detect(write("p.csv", text.getBytes(GB18030)));

        assertThat(detected.encoding()).isEqualTo("GB18030");
        assertThat(detected.preview().get(2).values().get(1)).isEqualTo("王𠀀");
    }

    @Test
    void takesUtf8WhenTheSampleEndsInsideACharacter() throws IOException {
        StringBuilder text = new StringBuilder("名称,说明\n");
        while (text.length() < 40_000) {
            text.append("甲乙丙,丁戊己庚辛\n");
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.length).isGreaterThan(SourceFiles.SAMPLE_BYTES);
        assertThat(bytes[SourceFiles.SAMPLE_BYTES] & 0xC0).as("the sample is cut inside a character").isEqualTo(0x80);

        assertThat(SourceFiles.detect(write("u.csv", bytes)).encoding()).isEqualTo("UTF-8");
    }

    @Test
    void takesUtf8WhenOnlyAFewBytesAreDamaged() throws IOException {
        byte[] bytes = (PATIENTS + PATIENTS.repeat(10).replace("病人编号,姓名,性别,出生日期,账户余额\n", ""))
                .getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 3] = (byte) 0xFF;

        assertThat(SourceFiles.detect(write("u.csv", bytes)).encoding()).isEqualTo("UTF-8");
    }

    @Test
    void looksFurtherThanAnAsciiBeginningForTheEncoding() throws IOException {
        StringBuilder text = new StringBuilder("code,name,price\n");
        for (int i = 0; text.length() < 3 * SourceFiles.SAMPLE_BYTES; i++) {
            text.append("A").append(i).append(",aspirin,").append(i % 100).append(".50\n");
        }
        text.append("Z1,阿司匹林肠溶片,12.00\n");
        for (int i = 0; i < 1000; i++) {
            text.append("B").append(i).append(",ibuprofen,1.00\n");
        }

        assertThat(SourceFiles.detect(write("gbk.csv", text.toString().getBytes(GB18030))).encoding()).isEqualTo("GBK");
        assertThat(SourceFiles.detect(write("utf8.csv", text.toString().getBytes(StandardCharsets.UTF_8))).encoding())
                .isEqualTo("UTF-8");
        Path gbk = directory.resolve("gbk.csv");
        assertThat(SourceTextParsingTests.readAll(gbk, null))
                .anySatisfy(row -> assertThat(row.values()).containsExactly("Z1", "阿司匹林肠溶片", "12.00"));
    }

    @Test
    void detectsTabSemicolonAndPipeDelimiters() throws IOException {
        for (char delimiter : new char[] {'\t', ';', '|'}) {
            String text = PATIENTS.replace("\"1,234.50\"", "1,234.50").replace(',', delimiter)
                    .replace("1" + delimiter + "234.50", "1,234.50");
            DetectedSource detected = SourceFiles.detect(write("p.txt", text.getBytes(StandardCharsets.UTF_8)));

            assertThat(detected.delimiter()).isEqualTo(delimiter);
            assertThat(detected.header()).hasSize(5);
            assertThat(detected.preview().get(0).values()).contains("1,234.50");
        }
    }

    @Test
    void skipsTitleLinesAboveTheHeader() throws IOException {
        String text = "某某医院病人信息导出\n导出时间：2024-05-01 10:00,操作员：admin\n" + PATIENTS;

        DetectedSource detected = SourceFiles.detect(write("p.csv", text.getBytes(GB18030)));

        assertThat(detected.headerRow()).isEqualTo(3);
        assertThat(detected.header()).startsWith("病人编号", "姓名");
        assertThat(detected.preview().get(0).line()).isEqualTo(4);
    }

    @Test
    void findsAHeaderWithSpareEmptyColumnsButNotATitleSpreadOverTheRow() throws IOException {
        String text = "报表：病人信息,,,,,,\n病人编号,姓名,性别,出生日期,账户余额,,\n"
                + "P001,张三,1,1980-01-02,1234.50,,\nP002,李四,2,1990-03-04,88.00,,\n";

        DetectedSource detected = SourceFiles.detect(write("p.csv", text.getBytes(StandardCharsets.UTF_8)));

        assertThat(detected.headerRow()).isEqualTo(2);
        assertThat(detected.header()).containsExactly("病人编号", "姓名", "性别", "出生日期", "账户余额", "column 6", "column 7");
    }

    @Test
    void detectsExcelUnicodeTextAsUtf16WithTabs() throws IOException {
        byte[] text = PATIENTS.replace(",", "\t").getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[text.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(text, 0, bytes, 2, text.length);

        DetectedSource detected = SourceFiles.detect(write("p.txt", bytes));

        assertThat(detected.encoding()).isEqualTo("UTF-16LE");
        assertThat(detected.delimiter()).isEqualTo('\t');
        assertThat(detected.header().get(0)).isEqualTo("病人编号");
    }

    @Test
    void usesWhatThePlanOverrides() throws IOException {
        Path file = write("p.csv", "a;b,c\n1;2,3\n".getBytes(StandardCharsets.UTF_8));

        DetectedSource detected = SourceFiles.detect(file, new SourceSpec(null, "GB18030", ';', 2, null, null));

        assertThat(detected.encoding()).isEqualTo("GB18030");
        assertThat(detected.delimiter()).isEqualTo(';');
        assertThat(detected.headerRow()).isEqualTo(2);
        assertThat(detected.header()).containsExactly("1", "2,3");
        assertThat(detected.preview()).isEmpty();
    }

    @Test
    void refusesAnUnknownEncoding() throws IOException {
        Path file = write("p.csv", PATIENTS.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> SourceFiles.open(file, new SourceSpec(null, "KLINGON", null, null, null, null)))
                .isInstanceOfSatisfying(SourceFileException.class, e -> {
                    assertThat(e.messageCode()).isEqualTo("migration.source.unknownEncoding");
                    assertThat(e.arguments()).containsExactly("KLINGON");
                });
    }

    @Test
    void refusesAHeaderRowPastTheEnd() throws IOException {
        Path file = write("p.csv", PATIENTS.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> SourceFiles.open(file, new SourceSpec(null, null, null, 9, null, null)))
                .isInstanceOfSatisfying(SourceFileException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("migration.source.headerRowBeyondEnd"));
    }

    @Test
    void refusesFilesThatAreNotTables() throws IOException {
        byte[] binary = new byte[4096];
        binary[0] = '%';
        binary[1] = 'P';
        Path zip = directory.resolve("report.xlsx");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out)) {
            entries.putNextEntry(new ZipEntry("readme.txt"));
            entries.write("not a workbook".getBytes(StandardCharsets.UTF_8));
        }
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

        assertThat(codeOf(write("scan.csv", binary))).isEqualTo("migration.source.notTabular");
        assertThat(codeOf(zip)).isEqualTo("migration.source.notTabular");
        assertThat(codeOf(write("old.xls", xls))).isEqualTo("migration.source.legacyXls");
        assertThat(codeOf(write("empty.csv", new byte[0]))).isEqualTo("migration.source.empty");
        assertThat(codeOf(write("blank.csv", "\r\n\r\n ,, \r\n".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("migration.source.empty");
    }

    @Test
    void everyMessageKeyIsInBothBundles() throws IOException {
        List<String> codes = List.of("notTabular", "legacyXls", "workbookUnreadable", "noSheet", "empty",
                "unknownEncoding", "headerRowBeyondEnd", "queryFailed");
        for (String bundle : List.of("migration", "migration_zh_CN")) {
            java.util.Properties messages = new java.util.Properties();
            try (var in = getClass().getResourceAsStream("/messages/" + bundle + ".properties")) {
                messages.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(codes).allSatisfy(code -> assertThat(messages).containsKey("migration.source." + code));
        }
    }

    private String codeOf(Path file) {
        try {
            SourceFiles.detect(file);
        } catch (SourceFileException e) {
            return e.messageCode();
        } catch (IOException e) {
            return e.toString();
        }
        return "none";
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(directory.resolve(name), bytes);
    }
}
