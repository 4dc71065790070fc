package io.luodi.support.alert;

import io.luodi.support.ticket.Severity;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AlertmanagerPayloadTests {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final JsonMapper JSON = JsonMapper.builder().build();

    static <T> T read(String resource, Class<T> type) throws IOException {
        try (InputStream in = AlertmanagerPayloadTests.class.getResourceAsStream("/alerts/" + resource)) {
            return JSON.readValue(in, type);
        }
    }

    @Test
    void readsEachAlertOfARealVersion4Payload() throws IOException {
        List<AlertNotice> notices = read("alertmanager-firing.json", AlertmanagerPayload.class).notices(SHANGHAI);

        assertThat(notices).hasSize(2);
        AlertNotice database = notices.get(0);
        assertThat(database.monitor()).isEqualTo(Monitor.ALERTMANAGER);
        assertThat(database.fingerprint()).isEqualTo("alertmanager:8c1d8c2f6b0a9e31");
        assertThat(database.firing()).isTrue();
        assertThat(database.title()).isEqualTo("门诊数据库 his-db-01 无法连接");
        assertThat(database.severity()).isEqualTo(Severity.P1);
        assertThat(database.module()).isEqualTo("门诊收费");
        assertThat(database.environment()).isEqualTo("PROD");
        assertThat(database.startedAt()).isEqualTo(Instant.parse("2026-05-04T01:58:30.123456789Z"));
        assertThat(database.endedAt()).as("Go's zero time means still firing").isNull();
        assertThat(database.labels()).containsEntry("instance", "his-db-01:9187");
        assertThat(database.annotations()).containsEntry("description", "连续 5 分钟 pg_up == 0");
        assertThat(database.link()).startsWith("http://prometheus.his.example:9090/graph");

        AlertNotice disk = notices.get(1);
        assertThat(disk.title()).as("no summary: alert name and instance").isEqualTo("HisDiskFilling his-app-02:9100");
        assertThat(disk.severity()).as("an unknown severity word is left to the project's default").isNull();
        assertThat(disk.startedAt()).isEqualTo(Instant.parse("2026-05-04T02:00:00Z"));
        assertThat(disk.module()).isNull();
        assertThat(disk.link()).isNull();
    }

    @Test
    void aResolvedAlertCarriesItsEnd() {
        AlertNotice notice = payload(alert("resolved", "abc", "2026-05-04T01:00:00Z", "2026-05-04T01:30:00Z"))
                .notices(SHANGHAI).get(0);
        assertThat(notice.firing()).isFalse();
        assertThat(notice.endedAt()).isEqualTo(Instant.parse("2026-05-04T01:30:00Z"));
        assertThat(notice.title()).isEqualTo("HighLatency");
    }

    @Test
    void refusesPayloadsMissingWhatWeNeed() {
        assertThatThrownBy(() -> new AlertmanagerPayload("3", null, null, null, null, null, null, null, List.of())
                .notices(SHANGHAI)).isInstanceOfSatisfying(MalformedAlertException.class,
                e -> assertThat(e.messageCode()).isEqualTo("alerts.payload.version"));
        assertThatThrownBy(() -> new AlertmanagerPayload("4", null, null, null, null, null, null, null, null)
                .notices(SHANGHAI)).isInstanceOfSatisfying(MalformedAlertException.class,
                e -> assertThat(e.field()).isEqualTo("alerts"));
        assertThatThrownBy(() -> payload(alert("firing", " ", "2026-05-04T01:00:00Z", null)).notices(SHANGHAI))
                .isInstanceOfSatisfying(MalformedAlertException.class, e -> {
                    assertThat(e.messageCode()).isEqualTo("alerts.payload.missing");
                    assertThat(e.field()).isEqualTo("alerts[0].fingerprint");
                });
        assertThatThrownBy(() -> payload(alert("pending", "abc", "2026-05-04T01:00:00Z", null)).notices(SHANGHAI))
                .isInstanceOfSatisfying(MalformedAlertException.class,
                        e -> assertThat(e.field()).isEqualTo("alerts[0].status"));
        assertThatThrownBy(() -> payload(alert("firing", "abc", "yesterday", null)).notices(SHANGHAI))
                .isInstanceOfSatisfying(MalformedAlertException.class, e -> {
                    assertThat(e.messageCode()).isEqualTo("alerts.payload.invalid");
                    assertThat(e.field()).isEqualTo("alerts[0].startsAt");
                });
    }

    @Test
    void aLongSummaryIsCutToATitle() {
        AlertmanagerPayload.Alert alert = new AlertmanagerPayload.Alert("firing", Map.of("alertname", "X"),
                Map.of("summary", "慢".repeat(300)), "2026-05-04T01:00:00Z", null, null, "abc");
        String title = payload(alert).notices(SHANGHAI).get(0).title();
        assertThat(title).hasSize(200).endsWith("…");
    }

    static AlertmanagerPayload payload(AlertmanagerPayload.Alert alert) {
        return new AlertmanagerPayload("4", "{}", alert.status(), "luodi", Map.of(), Map.of(), Map.of(),
                "http://alertmanager:9093", List.of(alert));
    }

    static AlertmanagerPayload.Alert alert(String status, String fingerprint, String startsAt, String endsAt) {
        return new AlertmanagerPayload.Alert(status, Map.of("alertname", "HighLatency", "severity", "warning"),
                Map.of(), startsAt, endsAt, null, fingerprint);
    }
}
