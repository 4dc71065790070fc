package io.luodi.migration.probe;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VersionRequirementTests {

    private static boolean accepts(String note, String observed) {
        return VersionRequirement.parse(note).orElseThrow().accepts(observed);
    }

    @Test
    void readsTheNotesEngineersWrite() {
        assertThat(accepts("SQL Server 2016 SP2 or later", "13.0.5026.0")).isTrue();
        assertThat(accepts("SQL Server 2016 SP2 or later", "12.0.6024.0")).isFalse();
        assertThat(accepts("PostgreSQL 14 or later", "17.11")).isTrue();
        assertThat(accepts("PostgreSQL ≥ 14", "13.2")).isFalse();
        assertThat(accepts("MySQL 8.0+", "8.0.36")).isTrue();
        assertThat(accepts("MySQL 8.0+", "5.7.44-log")).isFalse();
        assertThat(accepts("Nginx 1.24 及以上", "1.26.1")).isTrue();
        assertThat(accepts("PostgreSQL 16", "16.4 (Debian 16.4-1)")).isTrue();
        assertThat(accepts("PostgreSQL 16", "17.0")).isFalse();
        assertThat(accepts("Tomcat 9 or earlier", "10.1.2")).isFalse();
    }

    @Test
    void aNoteWithoutAVersionAsksForNothing() {
        assertThat(VersionRequirement.parse("latest stable")).isEmpty();
        assertThat(VersionRequirement.parse(null)).isEmpty();
    }
}
