package io.luodi.migration.engine.process;

import io.luodi.migration.engine.plan.MigrationPlan;
import io.luodi.migration.engine.source.SourceRow;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The example plan on dirt the sample does not have, as real exports bring it. */
class HisPatientsDirtTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final List<String> GOOD = List.of("P00000001", "邱涛", "1", "1954-02-09", "510107195402097793",
            "16763170669", "西安市雁塔区建设路713号", "04", "22,341.42", "2020-04-10 11:50:55", "");

    private final MigrationPlan plan = HisPatientsSample.plan();
    private final RowProcessor processor = new RowProcessor(plan, plan.dataset("patients"),
            HisPatientsSample.lines().get(0), HisPatientsSample.table(), TODAY);

    /** The good row with one column replaced. */
    private RowOutcome with(int column, String value) {
        List<String> values = new ArrayList<>(GOOD);
        values.set(column, value);
        return processor.process(new SourceRow(2, values));
    }

    private Object accepted(int column, String value, String target) {
        RowOutcome outcome = with(column, value);
        assertThat(outcome).as("%s", value).isInstanceOf(RowOutcome.Accepted.class);
        return ((RowOutcome.Accepted) outcome).values().get(processor.targetColumns().indexOf(target));
    }

    private String rejected(int column, String value) {
        RowOutcome outcome = with(column, value);
        assertThat(outcome).as("%s", value).isInstanceOf(RowOutcome.Rejected.class);
        var rejection = ((RowOutcome.Rejected) outcome).rejections().get(0);
        return rejection.reason() + ":" + rejection.column();
    }

    @Test
    void readsBalancesAsLegacySystemsWriteThem() {
        assertThat(accepted(8, "１２，３４５．６", "balance")).isEqualTo(new BigDecimal("12345.60"));
        assertThat(accepted(8, "￥1,200", "balance")).isEqualTo(new BigDecimal("1200.00"));
        assertThat(accepted(8, " 0.00 ", "balance")).isEqualTo(new BigDecimal("0.00"));
        assertThat(accepted(8, "", "balance")).isNull();
        assertThat(rejected(8, "-5.00")).isEqualTo("out_of_range:账户余额");
        assertThat(rejected(8, "12.345")).isEqualTo("bad_number:账户余额");
        assertThat(rejected(8, "12,3a")).isEqualTo("bad_number:账户余额");
        assertThat(rejected(8, "N/A")).isEqualTo("bad_number:账户余额");
    }

    @Test
    void readsBirthDatesInEveryShapeAndRefusesImpossibleOnes() {
        assertThat(accepted(3, "1954/2/9", "birth_date")).isEqualTo(LocalDate.of(1954, 2, 9));
        assertThat(accepted(3, "19540209", "birth_date")).isEqualTo(LocalDate.of(1954, 2, 9));
        assertThat(accepted(3, "1954年2月9日", "birth_date")).isEqualTo(LocalDate.of(1954, 2, 9));
        assertThat(accepted(3, "１９５４－０２－０９", "birth_date")).isEqualTo(LocalDate.of(1954, 2, 9));
        assertThat(accepted(3, "19764", "birth_date")).isEqualTo(LocalDate.of(1954, 2, 9));
        assertThat(rejected(3, "1954-02-30")).isEqualTo("bad_date:出生日期");
        assertThat(rejected(3, "1985-13-45")).isEqualTo("bad_date:出生日期");
        assertThat(rejected(3, "不详")).isEqualTo("bad_date:出生日期");
        assertThat(rejected(3, "2030-01-01")).isEqualTo("out_of_range:出生日期");
        assertThat(rejected(3, "1899-12-31")).isEqualTo("out_of_range:出生日期");
    }

    @Test
    void checksIdCardNumbers() {
        assertThat(accepted(4, "33010619830308849x", "id_card")).isEqualTo("33010619830308849X");
        assertThat(accepted(4, "", "id_card")).isNull();
        assertThat(rejected(4, "510107195402097794")).isEqualTo("bad_checksum:身份证号");
        assertThat(rejected(4, "510107540209779")).isEqualTo("bad_id_card:身份证号");
        assertThat(rejected(4, "510107195402307793")).isEqualTo("bad_id_card:身份证号");
    }

    @Test
    void cleansNamesAndMapsCodes() {
        assertThat(accepted(1, "\u3000邱　涛\u0000 ", "name")).isEqualTo("邱 涛");
        assertThat(rejected(1, "\u3000\u0007")).isEqualTo("blank_required:姓名");
        assertThat(rejected(0, " ")).isEqualTo("blank_required:病人编号");
        assertThat(accepted(2, "2", "gender")).isEqualTo("F");
        assertThat(rejected(2, "9")).isEqualTo("unknown_code:性别");
        assertThat(accepted(7, "99", "insurance_type")).isEqualTo("SELF_PAY");
        assertThat(rejected(7, "05")).isEqualTo("unknown_code:医保类型");
        assertThat(rejected(5, "1676317066")).isEqualTo("bad_phone:联系电话");
        assertThat(accepted(9, "2020/4/10 9:05", "created_at")).isEqualTo(LocalDateTime.of(2020, 4, 10, 9, 5));
        assertThat(rejected(10, "备".repeat(501))).isEqualTo("too_long:备注");
    }
}
