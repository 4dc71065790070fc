package io.luodi.migration.engine.process;

import io.luodi.migration.engine.load.TargetColumn;
import io.luodi.migration.engine.load.TargetTable;
import io.luodi.migration.engine.plan.Cleaning;
import io.luodi.migration.engine.plan.DatasetPlan;
import io.luodi.migration.engine.plan.FieldMapping;
import io.luodi.migration.engine.plan.MigrationPlan;
import io.luodi.migration.engine.plan.PlanException;
import io.luodi.migration.engine.plan.PlanProblem;
import io.luodi.migration.engine.plan.SourceSpec;
import io.luodi.migration.engine.plan.TargetSpec;
import io.luodi.migration.engine.plan.Transform;
import io.luodi.migration.engine.plan.Validation;
import io.luodi.migration.engine.source.SourceRow;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class RowProcessorTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final List<String> HEADER = List.of("编号", "姓名", "省", "住址", "金额", "标志", "代码");
    private static final TargetTable TABLE = new TargetTable("public", "t", List.of(
            new TargetColumn("id", "character varying(10)", false, 10),
            new TargetColumn("name", "character varying(4)", true, 4),
            new TargetColumn("address", "text", true, null),
            new TargetColumn("amount", "numeric(8,2)", true, null),
            new TargetColumn("flag", "boolean", true, null),
            new TargetColumn("code", "character varying(20)", true, null),
            new TargetColumn("qty", "integer", true, null),
            new TargetColumn("origin", "character varying(20)", true, null)),
            List.of("id"));

    private static FieldMapping field(String target, String source, Transform... transforms) {
        return new FieldMapping(target, List.of(source), null, false, null, List.of(transforms), List.of());
    }

    private static RowProcessor processor(List<FieldMapping> fields) {
        MigrationPlan plan = plan(fields);
        return new RowProcessor(plan, plan.datasets().get(0), HEADER, TABLE, TODAY);
    }

    private static MigrationPlan plan(List<FieldMapping> fields) {
        DatasetPlan dataset = new DatasetPlan("d", false, new SourceSpec("f.csv", null, null, null, null, null),
                new TargetSpec("t", List.of("id"), null), new Cleaning(true, true, true, Cleaning.Dedupe.KEEP_FIRST),
                fields, List.of(), 0, null);
        return new MigrationPlan("p", 1, Map.of("codes", Map.of("A", "alpha", "B", "beta")), List.of(dataset));
    }

    private static SourceRow row(String... values) {
        return new SourceRow(2, List.of(values));
    }

    private static List<Object> accepted(RowOutcome outcome) {
        assertThat(outcome).isInstanceOf(RowOutcome.Accepted.class);
        return ((RowOutcome.Accepted) outcome).values();
    }

    private static List<String> reasons(RowOutcome outcome) {
        assertThat(outcome).isInstanceOf(RowOutcome.Rejected.class);
        return ((RowOutcome.Rejected) outcome).rejections().stream()
                .map(r -> r.reason() + ":" + r.column() + "=" + r.value()).toList();
    }

    @Test
    void collectsOneRejectionPerFailingFieldWithTheSourceColumnAndRawValue() {
        RowProcessor processor = processor(List.of(
                new FieldMapping("id", List.of("编号"), null, true, null, List.of(), List.of()),
                new FieldMapping("name", List.of("姓名"), null, true, null, List.of(), List.of()),
                field("amount", "金额", new Transform.ParseNumber()),
                field("code", "代码", new Transform.Lookup("codes", null))));

        assertThat(reasons(processor.process(row("\u3000", "", "", "", "12,3a", "", "Z"))))
                .containsExactly("blank_required:编号=\u3000", "blank_required:姓名=", "bad_number:金额=12,3a",
                        "unknown_code:代码=Z");
    }

    @Test
    void cleansBeforeTransformingAndTypesTheValues() {
        RowProcessor processor = processor(List.of(
                field("id", "编号", new Transform.Case(Transform.Case.Kind.UPPER)),
                field("amount", "金额", new Transform.ParseNumber()),
                field("flag", "标志"),
                field("qty", "代码")));

        assertThat(accepted(processor.process(row(" ｐ０１ ", "", "", "", "￥１，２３４．５", "是", ""))))
                .containsExactly("P01", new BigDecimal("1234.50"), true, null);
    }

    @Test
    void concatenatesSplitsReplacesAndDefaults() {
        RowProcessor processor = processor(List.of(
                field("id", "编号", new Transform.RegexReplace("^P0*", "")),
                new FieldMapping("address", List.of("省", "住址"), null, false, null,
                        List.of(new Transform.Trim(), new Transform.Concat("/")), List.of()),
                field("name", "姓名", new Transform.Split(" ", 1), new Transform.Default("无名")),
                field("code", "代码", new Transform.Lookup("codes", "other")),
                new FieldMapping("origin", List.of(), "LEGACY", false, null, List.of(), List.of())));

        assertThat(accepted(processor.process(row("P00042", "张 三", "陕西", "西安", "", "", "A"))))
                .containsExactly("42", "陕西/西安", "三", "alpha", "LEGACY");
        assertThat(accepted(processor.process(row("P1", "张", "", "西安", "", "", "Q"))))
                .containsExactly("1", "西安", "无名", "other", "LEGACY");
    }

    @Test
    void rejectsValuesLongerThanTheMappingOrTheColumnAllows() {
        RowProcessor processor = processor(List.of(
                new FieldMapping("id", List.of("编号"), null, false, 3, List.of(), List.of()),
                field("name", "姓名")));

        assertThat(accepted(processor.process(row("P01", "欧阳娜娜", "", "", "", "", "")))).containsExactly("P01",
                "欧阳娜娜");
        assertThat(reasons(processor.process(row("P012", "欧阳娜娜娜", "", "", "", "", ""))))
                .containsExactly("too_long:编号=P012", "too_long:姓名=欧阳娜娜娜");
    }

    @Test
    void checksValidationsInOrderAndSkipsReferences() {
        RowProcessor processor = processor(List.of(
                field("id", "编号"),
                new FieldMapping("amount", List.of("金额"), null, false, null, List.of(new Transform.ParseNumber()),
                        List.of(new Validation.Range("0", "100"), new Validation.Reference("x", "y"))),
                new FieldMapping("code", List.of("代码"), null, false, null, List.of(),
                        List.of(new Validation.Pattern("[A-Z]{2}\\d"))),
                new FieldMapping("address", List.of("住址"), null, false, null, List.of(),
                        List.of(new Validation.IdCard()))));

        assertThat(accepted(processor.process(row("1", "", "", "11010519491231002X", "100", "", "AB1"))))
                .containsExactly("1", new BigDecimal("100.00"), "AB1", "11010519491231002X");
        assertThat(reasons(processor.process(row("1", "", "", "110105194912310021", "-1", "", "ab1"))))
                .containsExactly("out_of_range:金额=-1", "bad_pattern:代码=ab1", "bad_checksum:住址=110105194912310021");
        assertThat(reasons(processor.process(row("1", "", "", "1101051949", "", "", ""))))
                .containsExactly("bad_id_card:住址=1101051949");
    }

    @Test
    void comparesDateRangesWithToday() {
        RowProcessor processor = processor(List.of(
                field("id", "编号"),
                new FieldMapping("code", List.of("代码"), null, false, null,
                        List.of(new Transform.ParseDate(List.of("yyyyMMdd"))),
                        List.of(new Validation.Range("1900-01-01", "today")))));

        assertThat(accepted(processor.process(row("1", "", "", "", "", "", "20261207"))))
                .containsExactly("1", "2026-12-07");
        assertThat(reasons(processor.process(row("1", "", "", "", "", "", "20261208"))))
                .containsExactly("out_of_range:代码=20261208");
        assertThat(reasons(processor.process(row("1", "", "", "", "", "", "18991231"))))
                .containsExactly("out_of_range:代码=18991231");
    }

    @Test
    void rejectsRowsWithTheWrongNumberOfFields() {
        RowProcessor processor = processor(List.of(field("id", "编号")));

        assertThat(reasons(processor.process(row("1", "", "")))).containsExactly("bad_field_count:null=3");
        assertThat(reasons(processor.process(row("1", "", "", "", "", "", "", "多")))).hasSize(1);
        assertThat(accepted(processor.process(row("1", "", "", "", "", "", "", "")))).containsExactly("1");
    }

    @Test
    void keepsTheRawValueInARejectionButNoNul() {
        RowProcessor processor = processor(List.of(field("id", "编号"),
                field("amount", "金额", new Transform.ParseNumber())));

        assertThat(reasons(processor.process(row("1", "", "", "", "1\u0000x\u0007", "", ""))))
                .containsExactly("bad_number:金额=1\uFFFDx\u0007");
    }

    @Test
    void treatsABlankForANotNullColumnAsRequired() {
        RowProcessor processor = processor(List.of(field("id", "编号")));

        assertThat(reasons(processor.process(row(" ", "", "", "", "", "", "")))).containsExactly(
                "blank_required:编号= ");
    }

    @Test
    void listsEveryMappingProblemAtOnce() {
        MigrationPlan plan = plan(List.of(
                field("name", "名字"),
                field("nickname", "姓名"),
                field("code", "代码", new Transform.Lookup("nope", null), new Transform.RegexReplace("(", "")),
                new FieldMapping("amount", List.of("省", "住址"), null, false, null, List.of(), List.of()),
                new FieldMapping("qty", List.of(), "many", false, null, List.of(), List.of())));

        PlanException e = catchThrowableOfType(
                () -> new RowProcessor(plan, plan.datasets().get(0), HEADER, TABLE, TODAY), PlanException.class);

        assertThat(e.problems()).extracting(PlanProblem::messageKey).containsExactly(
                "migration.mapping.unknownSourceColumn",
                "migration.mapping.unknownTargetColumn",
                "migration.plan.unknownDictionary",
                "migration.plan.badRegex",
                "migration.plan.severalSourcesWithoutConcat",
                "migration.mapping.badConstant",
                "migration.plan.notAField",
                "migration.mapping.primaryKeyNotMapped");
        assertThat(e.problems().get(0).arguments()).containsExactly("datasets[0].fields[0]", "名字",
                String.join(", ", HEADER));
        assertThat(e.problems().get(2).arguments()).containsExactly("datasets[0].fields[2].transforms[0]", "nope");
    }

    @Test
    void findsHeaderNamesDespiteBlanksAndAByteOrderMark() {
        MigrationPlan plan = plan(List.of(field("id", "编号")));

        RowProcessor processor = new RowProcessor(plan, plan.datasets().get(0), List.of("\uFEFF编号 ", "x"), TABLE,
                TODAY);

        assertThat(accepted(processor.process(new SourceRow(2, List.of("7", ""))))).containsExactly("7");
        assertThat(processor.keyPositions()).containsExactly(0);
    }
}
