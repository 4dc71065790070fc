package io.luodi.migration.engine.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LegacyPatientFilesTests {

    @TempDir
    Path dir;

    @Test
    void theSameSeedWritesTheSameFileAndTruth() throws Exception {
        LegacyPatientFiles.Options options = LegacyPatientFiles.Options.dirtier(3_000, 17, Charset.forName("GBK"),
                false);
        LegacyPatientFiles.Truth first = LegacyPatientFiles.write(dir.resolve("a.csv"), options);
        LegacyPatientFiles.Truth second = LegacyPatientFiles.write(dir.resolve("b.csv"), options);

        assertThat(Files.mismatch(dir.resolve("a.csv"), dir.resolve("b.csv"))).isEqualTo(-1);
        assertThat(second).isEqualTo(first);
        assertThat(first.clean() + first.rejected().size() + first.duplicates().size()).isEqualTo(3_000);
    }

    @Test
    void writesGbkLinesWithCrlfAndElevenColumnsLikeTheSample() throws Exception {
        Path file = dir.resolve("patients.csv");
        LegacyPatientFiles.Truth truth = LegacyPatientFiles.write(file,
                LegacyPatientFiles.Options.likeSample(2_000, 1));

        String text = Files.readString(file, Charset.forName("GBK"));
        List<String> lines = List.of(text.split("\r\n"));
        assertThat(text).doesNotContain("\n\n").endsWith("\r\n");
        assertThat(lines).hasSize(2_001);
        assertThat(lines.get(0)).isEqualTo(LegacyPatientFiles.HEADER);
        // Eleven fields once quoted thousands separators are taken out.
        assertThat(lines).allSatisfy(line -> assertThat(line.replaceAll("\"[^\"]*\"", "x").split(",", -1))
                .hasSize(11));
        assertThat(truth.rejected()).isNotEmpty().allSatisfy((line, reason) ->
                assertThat(reason).matches("(blank_required:姓名|bad_number:账户余额|bad_date:出生日期"
                        + "|bad_checksum:身份证号)"));
        assertThat(truth.toJson()).contains("\"clean\": " + truth.clean(), "\"encoding\": \"gbk\"");
    }

    @Test
    void aUtf8FileStartsWithItsByteOrderMarkWhenAskedTo() throws Exception {
        Path file = dir.resolve("patients.csv");
        LegacyPatientFiles.write(file, LegacyPatientFiles.Options.dirtier(10, 1, StandardCharsets.UTF_8, true));

        assertThat(Files.readAllBytes(file)).startsWith(0xEF, 0xBB, 0xBF);
    }

    @Test
    void checkDigitsFollowGb11643() {
        assertThat(LegacyPatientFiles.checkDigit("11010519491231002")).isEqualTo('X');
        assertThat(LegacyPatientFiles.checkDigit("51010719540209779")).isEqualTo('3');
    }
}
