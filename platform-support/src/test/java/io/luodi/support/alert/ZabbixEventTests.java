package io.luodi.support.alert;

import io.luodi.support.ticket.Severity;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;

import static io.luodi.support.alert.AlertmanagerPayloadTests.SHANGHAI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ZabbixEventTests {

    @Test
    void readsAProblemWithChineseHostAndTrigger() throws IOException {
        AlertNotice notice = AlertmanagerPayloadTests.read("zabbix-problem.json", ZabbixEvent.class).notice(SHANGHAI);

        assertThat(notice.monitor()).isEqualTo(Monitor.ZABBIX);
        assertThat(notice.fingerprint()).isEqualTo("zabbix:47113");
        assertThat(notice.firing()).isTrue();
        assertThat(notice.title()).isEqualTo("检验系统数据库服务器: MySQL 主从复制延迟超过 300 秒");
        assertThat(notice.severity()).isEqualTo(Severity.P2);
        assertThat(notice.startedAt()).as("Zabbix's local time read in the core time zone")
                .isEqualTo(Instant.parse("2026-05-04T01:58:30Z"));
        assertThat(notice.annotations()).containsEntry("opdata", "延迟 412 秒");
        assertThat(notice.link()).endsWith("eventid=47113");
    }

    @Test
    void aRecoveryCarriesTheProblemsEventIdAndNeedsNoTrigger() {
        AlertNotice notice = new ZabbixEvent("47113", "RESOLVED", "High", null, null, null, null,
                "2026-05-04T10:20:00+08:00", null, null, null).notice(SHANGHAI);
        assertThat(notice.fingerprint()).isEqualTo("zabbix:47113");
        assertThat(notice.firing()).isFalse();
        assertThat(notice.endedAt()).isEqualTo(Instant.parse("2026-05-04T02:20:00Z"));
        assertThat(new ZabbixEvent("47113", "0", null, null, null, null, null, null, null, null, null)
                .notice(SHANGHAI).firing()).isFalse();
        assertThat(new ZabbixEvent("47114", "problem", null, "h", "t", null, null, null, null, null, null)
                .notice(SHANGHAI).firing()).isTrue();
    }

    @Test
    void refusesAnEventWithoutIdStatusOrTrigger() {
        assertThatThrownBy(() -> new ZabbixEvent(null, "1", null, "h", "t", null, null, null, null, null, null)
                .notice(SHANGHAI)).isInstanceOfSatisfying(MalformedAlertException.class,
                e -> assertThat(e.field()).isEqualTo("eventId"));
        assertThatThrownBy(() -> new ZabbixEvent("1", "UPDATE", null, "h", "t", null, null, null, null, null, null)
                .notice(SHANGHAI)).isInstanceOfSatisfying(MalformedAlertException.class,
                e -> assertThat(e.field()).isEqualTo("status"));
        assertThatThrownBy(() -> new ZabbixEvent("1", "PROBLEM", null, "h", " ", null, null, null, null, null, null)
                .notice(SHANGHAI)).isInstanceOfSatisfying(MalformedAlertException.class,
                e -> assertThat(e.field()).isEqualTo("trigger"));
        assertThatThrownBy(() -> new ZabbixEvent("1", "PROBLEM", null, "h", "t", null, null, "04/05/2026", null,
                null, null).notice(SHANGHAI)).isInstanceOfSatisfying(MalformedAlertException.class,
                e -> assertThat(e.field()).isEqualTo("eventTime"));
    }
}
