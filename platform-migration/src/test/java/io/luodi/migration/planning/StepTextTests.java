package io.luodi.migration.planning;

import io.luodi.core.BusinessRuleException;
import io.luodi.migration.engine.plan.MigrationPlan;
import io.luodi.migration.engine.plan.PlanYaml;
import io.luodi.migration.engine.plan.Transform;
import io.luodi.migration.engine.plan.Validation;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The mapping table's one-step-a-line text, and a plan version's stored form. */
class StepTextTests {

    @Test
    void readsEveryStepAndWritesItBackTheSame() {
        String transforms = """
                trim
                upper
                date yyyy-MM-dd | yyyy/M/d | yyyy年M月d日 | excel
                number
                lookup gender otherwise U
                default 未知
                concat -
                split / 1
                regex \\s+ => _""";
        List<Transform> steps = StepText.transforms(transforms, "fields[0].transforms", "name");
        assertThat(steps).containsExactly(new Transform.Trim(), new Transform.Case(Transform.Case.Kind.UPPER),
                new Transform.ParseDate(List.of("yyyy-MM-dd", "yyyy/M/d", "yyyy年M月d日", "excel")),
                new Transform.ParseNumber(), new Transform.Lookup("gender", "U"), new Transform.Default("未知"),
                new Transform.Concat("-"), new Transform.Split("/", 1), new Transform.RegexReplace("\\s+", "_"));
        assertThat(StepText.transforms(StepText.format(steps), "f", "name")).isEqualTo(steps);

        List<Validation> checks = StepText.validations("range 0 -\npattern P\\d+\nidcard\nphone\nreference ward code",
                "fields[0].validations", "name");
        assertThat(checks).containsExactly(new Validation.Range("0", null), new Validation.Pattern("P\\d+"),
                new Validation.IdCard(), new Validation.Phone(), new Validation.Reference("ward", "code"));
        assertThat(StepText.validations(StepText.formatValidations(checks), "f", "name")).isEqualTo(checks);
    }

    @Test
    void refusesALineItDoesNotKnowOnTheRowsFieldWithItsNumber() {
        assertThatThrownBy(() -> StepText.transforms("trim\nfrobnicate", "fields[3].transforms", "gender"))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.field()).isEqualTo("fields[3].transforms");
                    assertThat(e.arguments()).containsExactly("gender", 2, "frobnicate");
                });
        assertThatThrownBy(() -> StepText.validations("pattern [", "fields[0].validations", "x"))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void aStoredVersionReadsBackEqualToThePlan() {
        MigrationPlan example = PlanYaml.read(Path.of("../docs/examples/his-patients-plan.yaml"));
        assertThat(PlanCodec.fromJson(PlanCodec.toJson(example))).isEqualTo(example);
    }
}
