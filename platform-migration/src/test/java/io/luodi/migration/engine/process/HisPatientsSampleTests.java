package io.luodi.migration.engine.process;

import io.luodi.migration.engine.plan.DatasetPlan;
import io.luodi.migration.engine.plan.MigrationPlan;
import io.luodi.migration.engine.source.SourceRow;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The example plan on the sample export concludes exactly what truth.json says. */
class HisPatientsSampleTests {

    private final MigrationPlan plan = HisPatientsSample.plan();
    private final DatasetPlan patients = plan.dataset("patients");
    private final RowProcessor processor = new RowProcessor(plan, patients, HisPatientsSample.lines().get(0),
            HisPatientsSample.table());

    @Test
    void rejectsExactlyTheTruthsLinesForTheTruthsReasons() {
        Map<Long, String> rejected = new TreeMap<>();
        int clean = 0;
        BigDecimal balance = BigDecimal.ZERO;
        int balanceColumn = processor.targetColumns().indexOf("balance");
        for (SourceRow row : HisPatientsSample.rows()) {
            RowOutcome outcome = processor.process(row);
            if (outcome instanceof RowOutcome.Rejected r) {
                assertThat(r.rejections()).as("line %d: one reason", row.line()).hasSize(1);
                rejected.put(row.line(), r.rejections().get(0).reason() + ":" + r.rejections().get(0).column());
            } else {
                clean++;
                BigDecimal value = (BigDecimal) ((RowOutcome.Accepted) outcome).values().get(balanceColumn);
                balance = balance.add(value == null ? BigDecimal.ZERO : value);
            }
        }
        assertThat(rejected).isEqualTo(HisPatientsSample.truthRejections());
        assertThat(clean).isEqualTo(Integer.parseInt(HisPatientsSample.truthValue("clean")));
        assertThat(balance).isEqualByComparingTo(HisPatientsSample.truthValue("balance_total"));
    }

    @Test
    void loadsTypedCleanValuesInFieldOrder() {
        RowOutcome outcome = processor.process(HisPatientsSample.rows().get(0));

        assertThat(outcome).isInstanceOf(RowOutcome.Accepted.class);
        List<Object> values = ((RowOutcome.Accepted) outcome).values();
        assertThat(processor.targetColumns()).containsExactly("patient_no", "name", "gender", "birth_date",
                "id_card", "phone", "address", "insurance_type", "balance", "created_at", "remarks",
                "source_system");
        assertThat(values).containsExactly("P00000001", "邱涛", "M", LocalDate.of(1954, 2, 9),
                "510107195402097793", "16763170669", "西安市雁塔区建设路713号", "COMMERCIAL",
                new BigDecimal("22341.42"), LocalDateTime.of(2020, 4, 10, 11, 50, 55), null, "LEGACY_HIS");
    }

    @Test
    void stripsControlCharactersFromRemarks() {
        List<String> remarks = HisPatientsSample.rows().stream()
                .map(processor::process)
                .filter(RowOutcome.Accepted.class::isInstance)
                .map(o -> (String) ((RowOutcome.Accepted) o).values().get(10))
                .filter(r -> r != null)
                .toList();

        assertThat(remarks).isNotEmpty().allSatisfy(r -> assertThat(r).doesNotContainPattern("\\p{Cntrl}"));
        assertThat(remarks).contains("过敏史:青霉素");
    }

    @Test
    void keepsUpWithTheLoader() {
        List<SourceRow> rows = HisPatientsSample.rows();
        int rounds = 400;
        long started = System.nanoTime();
        long accepted = 0;
        for (int round = 0; round < rounds; round++) {
            for (SourceRow row : rows) {
                if (processor.process(row) instanceof RowOutcome.Accepted) {
                    accepted++;
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        // a figure for the report, not an assertion: timings on a shared machine are not a test
        System.out.printf("RowProcessor: %d rows in %.2f s, %.0f rows/s%n", (long) rounds * rows.size(), seconds,
                rounds * rows.size() / seconds);
        assertThat(accepted).isEqualTo(490L * rounds);
    }
}
