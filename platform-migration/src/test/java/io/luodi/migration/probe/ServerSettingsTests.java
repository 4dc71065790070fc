package io.luodi.migration.probe;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ServerSettingsTests {

    @Test
    void utf8IsUtf8HoweverItIsSpelledButMySqlsThreeByteUtf8IsNot() {
        assertThat(ServerSettings.charsetMatches("UTF-8", "UTF8")).isTrue();
        assertThat(ServerSettings.charsetMatches("UTF8", "utf8mb4")).isTrue();
        assertThat(ServerSettings.charsetMatches("utf8mb4", "utf8")).isFalse();
        assertThat(ServerSettings.charsetMatches("UTF8", "utf8mb3")).isFalse();
        assertThat(ServerSettings.charsetMatches("UTF8", "SQL_ASCII")).isFalse();
        assertThat(ServerSettings.charsetMatches("GBK", "gbk")).isTrue();
    }

    @Test
    void zonesCompareByTheirRulesAndOffsetsAtTheMoment() {
        assertThat(ServerSettings.sameZone("Asia/Shanghai", "PRC")).isTrue();
        assertThat(ServerSettings.sameZone("Asia/Shanghai", "America/New_York")).isFalse();
        assertThat(ServerSettings.sameZone("Asia/Shanghai", "CST")).isFalse();
        assertThat(ServerSettings.sameOffset("Asia/Shanghai", 480, Instant.parse("2026-01-01T00:00:00Z"))).isTrue();
        assertThat(ServerSettings.sameOffset("Asia/Shanghai", 0, Instant.parse("2026-01-01T00:00:00Z"))).isFalse();
    }
}
