package io.luodi.migration.engine.report;

import io.luodi.migration.engine.load.Reconciliation;
import io.luodi.migration.engine.plan.RunMode;
import io.luodi.migration.engine.process.Rejection;
import io.luodi.migration.engine.run.RunReport;
import io.luodi.migration.engine.text.Texts;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RunReportJsonTests {

    @Test
    void writesRejectionsAsTheyComeAndTheOutcomeAtTheEnd() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Texts english = Texts.of(Locale.ENGLISH);
        try (RunReportJson json = new RunReportJson(out, english, "HIS 患者迁移", 3, "patients", "FULL",
                "patients.csv", true)) {
            json.rejected(new Rejection(159, "账户余额", "12,3a", "bad_number"));
            json.rejected(new Rejection(167, "姓名", null, "blank_required"));
            Map<String, Object> target = new LinkedHashMap<>();
            target.put("patient_no", "P00000001");
            target.put("balance", new BigDecimal("22341.42"));
            target.put("birth_date", LocalDate.of(1954, 2, 9));
            Reconciliation reconciliation = new Reconciliation(490, 490, 490, 490,
                    List.of(new Reconciliation.SumCheck("balance", new BigDecimal("11753912.93"),
                            new BigDecimal("11753912.93"))), 0, List.of(), 0, List.of());
            RunReport report = new RunReport("HIS 患者迁移", 3, "patients", RunMode.FULL, RunReport.Outcome.SUCCEEDED,
                    "patients.csv", "ab12", "GBK", Instant.parse("2026-12-07T10:00:00Z"),
                    Instant.parse("2026-12-07T10:00:02Z"), 500, 490, 0, 0, 10, 0, reconciliation, List.of(),
                    List.of(new RunReport.SpotCheckRecord("P00000001", Map.of("病人编号", "P00000001"), target)),
                    null);
            json.finish(report, 1);
        }
        JsonNode root = JsonMapper.builder().build().readTree(out.toByteArray());
        assertThat(root.get("plan").asString()).isEqualTo("HIS 患者迁移");
        assertThat(root.get("rejectedRows")).hasSize(2);
        assertThat(root.get("rejectedRows").get(0).get("line").asLong()).isEqualTo(159);
        assertThat(root.get("rejectedRows").get(0).get("reasonText").asString())
                .isEqualTo(english.reason("bad_number"));
        assertThat(root.get("rejectedRows").get(1).get("value").isNull()).isTrue();
        assertThat(root.get("counts").get("rowsRead").asLong()).isEqualTo(500);
        assertThat(root.get("counts").get("loaded").asLong()).isEqualTo(490);
        assertThat(root.get("reconciliation").get("passed").asBoolean()).isTrue();
        assertThat(root.get("reconciliation").get("sums").get(0).get("target").asString()).isEqualTo("11753912.93");
        assertThat(root.get("reconciledExactly").asBoolean()).isFalse();
        assertThat(root.get("exitCode").asInt()).isEqualTo(1);
        JsonNode spot = root.get("spotChecks").get(0);
        assertThat(spot.get("target").get("balance").asString()).isEqualTo("22341.42");
        assertThat(spot.get("target").get("birth_date").asString()).isEqualTo("1954-02-09");
    }
}
