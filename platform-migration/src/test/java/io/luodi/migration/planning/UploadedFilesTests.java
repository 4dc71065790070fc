package io.luodi.migration.planning;

import io.luodi.core.BusinessRuleException;
import io.luodi.migration.MigrationProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.util.unit.DataSize;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Uploaded source files: kept with their SHA-256 and original name, refused when too large or not a table. */
class UploadedFilesTests {

    @TempDir
    Path directory;

    private UploadedFiles files(DataSize limit) {
        return new UploadedFiles(new MigrationProperties(null, List.of(),
                new MigrationProperties.Probes(Duration.ofSeconds(5), 2, 10, 30),
                new MigrationProperties.Files(directory, limit), new MigrationProperties.Runs(1, 10, 1000, 100)));
    }

    @Test
    void keepsTheFileUnderTheProjectWithItsHashAndOriginalName() throws Exception {
        byte[] content = "病人编号,姓名\nP1,张三\n".getBytes("GBK");
        StoredFile stored = files(DataSize.ofMegabytes(1)).store(7, new MockMultipartFile("file",
                "C:\\导出\\患者.CSV", "text/csv", content));

        assertThat(stored.originalName()).isEqualTo("患者.CSV");
        assertThat(stored.path()).startsWith("7/").endsWith(".csv");
        assertThat(stored.size()).isEqualTo(content.length);
        assertThat(stored.sha256()).isEqualTo(HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(content)));
        assertThat(Files.readAllBytes(directory.resolve(stored.path()))).isEqualTo(content);
    }

    @Test
    void refusesAFileOverTheLimitOrOfAnotherKindOnTheFileField() {
        UploadedFiles files = files(DataSize.ofBytes(10));
        assertThatThrownBy(() -> files.store(7, new MockMultipartFile("file", "big.csv", "text/csv",
                "0123456789ABCDEF".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.field()).isEqualTo("file");
                    assertThat(e.messageCode()).isEqualTo("migration.file.tooLarge");
                });
        assertThatThrownBy(() -> files.store(7, new MockMultipartFile("file", "x.exe", null, new byte[]{1})))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("migration.file.type"));
        assertThatThrownBy(() -> files.resolve("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }
}
