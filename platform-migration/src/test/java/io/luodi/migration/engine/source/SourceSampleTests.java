package io.luodi.migration.engine.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real HIS patient export (GBK, CRLF, 500 rows) that the truth file describes. */
class SourceSampleTests {

    @TempDir
    static Path directory;
    static Path patients;

    @BeforeAll
    static void copySample() throws IOException {
        patients = directory.resolve("patients.csv");
        try (InputStream in = SourceSampleTests.class.getResourceAsStream("/engine/his-patients-sample/patients.csv")) {
            Files.copy(in, patients);
        }
    }

    @Test
    void detectsGbkCommaAndTheHeaderOnTheFirstLine() throws IOException {
        DetectedSource detected = SourceFiles.detect(patients);

        assertThat(detected.format()).isEqualTo(SourceFormat.TEXT);
        assertThat(detected.encoding()).isEqualTo("GBK");
        assertThat(detected.delimiter()).isEqualTo(',');
        assertThat(detected.headerRow()).isEqualTo(1);
        assertThat(detected.header()).containsExactly("病人编号", "姓名", "性别", "出生日期", "身份证号", "联系电话", "住址",
                "医保类型", "账户余额", "建档时间", "备注");
        assertThat(detected.preview()).hasSize(SourceFiles.PREVIEW_ROWS);
        assertThat(detected.preview().get(0).line()).isEqualTo(2);
        assertThat(detected.preview().get(0).values()).containsExactly("P00000001", "邱涛", "1", "1954-02-09",
                "510107195402097793", "16763170669", "西安市雁塔区建设路713号", "04", "22,341.42", "2020-04-10 11:50:55", "");
    }

    @Test
    void readsAllFiveHundredRowsWithTheirLines() throws IOException {
        List<SourceRow> rows = new ArrayList<>();
        try (SourceReader reader = SourceFiles.open(patients, null)) {
            for (SourceRow row; (row = reader.next()) != null; ) {
                rows.add(row);
            }
            assertThat(reader.position()).isEqualTo(reader.size()).isEqualTo(Files.size(patients));
        }

        assertThat(rows).hasSize(500);
        assertThat(rows).allSatisfy(row -> assertThat(row.values()).hasSize(11));
        assertThat(rows.get(0).line()).isEqualTo(2);
        assertThat(rows.get(499).line()).isEqualTo(501);
        assertThat(row(rows, 159).values()).containsExactly("P00000158", "孟梓", "1", "1955年3月4日",
                "440106195503049585", "18573671650", "广州市天河区人民路599号", "03", "12,3a", "2022-03-10 10:12:34", "VIP");
        assertThat(row(rows, 160).values()).containsExactly("P00000159", "蒋然", "2", "1961年2月3日",
                "440106196102032162", "13002975049", "杭州市西湖区解放大道988号", "01", "20963.60", "2023-01-02 20:19:50", "");
        assertThat(row(rows, 500).values()).containsExactly("P00000499", "秦芳", "2", "2014/3/10",
                "44010620140310571X", "16006416220", "杭州市西湖区和平街660号", "02", "13,632.49", "2008-04-29 08:52:20", "");
        assertThat(row(rows, 167).values().get(1)).isBlank();
    }

    private static SourceRow row(List<SourceRow> rows, long line) {
        return rows.stream().filter(row -> row.line() == line).findFirst().orElseThrow();
    }
}
