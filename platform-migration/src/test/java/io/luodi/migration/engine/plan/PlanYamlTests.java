package io.luodi.migration.engine.plan;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PlanYamlTests {

    private static final Path EXAMPLE = Path.of("../docs/examples/his-patients-plan.yaml");

    private static List<PlanProblem> problems(String yaml) {
        return catchThrowableOfType(() -> PlanYaml.read(yaml), PlanException.class).problems();
    }

    private static String dataset(String fields) {
        return """
                plan: p
                dictionaries:
                  gender: { "1": M }
                datasets:
                  - name: d
                    source: { file: f.csv }
                    target: { table: t, key: [id] }
                    fields:
                """ + fields;
    }

    @Test
    void readsTheExamplePlan() {
        MigrationPlan plan = PlanYaml.read(EXAMPLE);

        assertThat(plan.name()).isEqualTo("HIS 患者迁移");
        assertThat(plan.version()).isEqualTo(1);
        assertThat(plan.dictionaries().get("insurance")).containsEntry("01", "EMPLOYEE").containsEntry("99",
                "SELF_PAY");
        DatasetPlan patients = plan.dataset("patients");
        assertThat(patients.critical()).isTrue();
        assertThat(patients.source()).isEqualTo(new SourceSpec("patients.csv", "GBK", ',', 1, null, null));
        assertThat(patients.target()).isEqualTo(new TargetSpec("patient", List.of("patient_no"), null));
        assertThat(patients.cleaning()).isEqualTo(new Cleaning(true, true, true, Cleaning.Dedupe.KEEP_FIRST));
        assertThat(patients.fields()).hasSize(12);
        assertThat(patients.fields().get(3)).isEqualTo(new FieldMapping("birth_date", List.of("出生日期"), null,
                false, null,
                List.of(new Transform.ParseDate(List.of("yyyy-MM-dd", "yyyy/M/d", "yyyyMMdd", "yyyy年M月d日", "excel"))),
                List.of(new Validation.Range("1900-01-01", "today"))));
        assertThat(patients.fields().get(11)).isEqualTo(new FieldMapping("source_system", List.of(), "LEGACY_HIS",
                false, null, List.of(), List.of()));
        assertThat(patients.reconcileSums()).containsExactly("balance");
        assertThat(patients.spotChecks()).isEqualTo(20);
        assertThat(patients.watermark()).isNull();
    }

    @Test
    void writesWhatItReadsBackExactly() {
        MigrationPlan example = PlanYaml.read(EXAMPLE);

        String written = PlanYaml.write(example);

        assertThat(PlanYaml.read(written)).isEqualTo(example);
        assertThat(PlanYaml.write(PlanYaml.read(written))).isEqualTo(written);
        assertThat(written).contains("- {target: gender, source: 性别, transforms: [{lookup: gender}]}");
    }

    @Test
    void roundTripsEveryKindOfStepAndValuesThatLookLikeOtherTypes() {
        List<FieldMapping> fields = List.of(
                new FieldMapping("id", List.of("编号"), null, true, 12, List.of(new Transform.Trim(),
                        new Transform.Case(Transform.Case.Kind.LOWER), new Transform.RegexReplace("^P0*", "$0#")),
                        List.of(new Validation.Pattern("\\d+: [a-z]'\""))),
                new FieldMapping("addr", List.of("省", "市"), null, false, null, List.of(new Transform.Concat(""),
                        new Transform.Split(" ", 2), new Transform.Default("null")), List.of()),
                new FieldMapping("code", List.of("代码"), null, false, null,
                        List.of(new Transform.Lookup("yes", "N"), new Transform.ParseNumber()),
                        List.of(new Validation.Range("-1.5", null), new Validation.Reference("ward", "code"))),
                new FieldMapping("phone", List.of("电话"), null, false, null, List.of(),
                        List.of(new Validation.Phone(), new Validation.IdCard())),
                new FieldMapping("flag", List.of(), "true", false, null, List.of(), List.of()),
                new FieldMapping("empty", List.of(), "", false, null, List.of(), List.of()));
        DatasetPlan query = new DatasetPlan("门诊", false, new SourceSpec(null, null, null, null,
                "select * from t where a = 'x'", "42"), new TargetSpec("his.t", List.of("id", "code"), "7"),
                new Cleaning(false, true, false, Cleaning.Dedupe.KEEP_LAST), fields, List.of("code"), 0, "code");
        DatasetPlan file = new DatasetPlan("file", true, new SourceSpec("a b.tsv", "GB18030", '\t', 3, null, null),
                new TargetSpec("t", List.of("id"), null), new Cleaning(true, false, true, null),
                List.of(fields.get(0)), List.of(), 5, null);
        MigrationPlan plan = new MigrationPlan("plan: #1", 3,
                Map.of("yes", Map.of("01", "true", "N", "~", "1.0", "")), List.of(query, file));

        String written = PlanYaml.write(plan);

        assertThat(PlanYaml.read(written)).isEqualTo(plan);
        assertThat(PlanYaml.write(PlanYaml.read(written))).isEqualTo(written);
    }

    @Test
    void readsTabAsTheTabDelimiter() {
        MigrationPlan plan = PlanYaml.read(dataset("      - { target: id, source: a }\n")
                .replace("{ file: f.csv }", "{ file: f.tsv, delimiter: tab }"));

        assertThat(plan.datasets().get(0).source().delimiter()).isEqualTo('\t');
    }

    @Test
    void keepsCodesAsTextNotNumbersOrBooleans() {
        MigrationPlan plan = PlanYaml.read(dataset("""
                      - { target: id, source: a, transforms: [ { lookup: yn } ] }
                """).replace("gender: { \"1\": M }", "yn: { 01: Y, 1: N, no: off }"));

        assertThat(plan.dictionaries().get("yn")).containsExactly(Map.entry("01", "Y"), Map.entry("1", "N"),
                Map.entry("no", "off"));
    }

    @Test
    void saysWhereAndWhatIsWrong() {
        List<PlanProblem> problems = problems(dataset("""
                      - { target: id, source: a }
                      - { target: b, source: b, constant: x }
                      - { source: c }
                      - { target: d, source: d, transforms: [ trim, { dat: [yyyy] } ] }
                      - { target: e, source: e, transforms: [ { lookup: sex }, { date: [yyyy-bb] } ] }
                      - { target: f, source: f, validate: [ { pattern: "(" }, idcard ] }
                      - { target: g, sources: [a, b], required: maybe }
                      - { target: h, source: h, tranforms: [] }
                """));

        assertThat(problems).extracting(PlanProblem::toString).containsExactly(
                "migration.plan.sourceAndConstant[datasets[0].fields[1]]",
                "migration.plan.missing[datasets[0].fields[2].target]",
                "migration.plan.unknownTransform[datasets[0].fields[3].transforms[1], dat]",
                "migration.plan.unknownDictionary[datasets[0].fields[4].transforms[0].lookup, sex]",
                "migration.plan.badDatePattern[datasets[0].fields[4].transforms[1].date[0], yyyy-bb, "
                        + problems.get(4).arguments().get(2) + "]",
                "migration.plan.badRegex[datasets[0].fields[5].validate[0].pattern, (, "
                        + problems.get(5).arguments().get(2) + "]",
                "migration.plan.unknownValidation[datasets[0].fields[5].validate[1], idcard]",
                "migration.plan.notBoolean[datasets[0].fields[6].required, maybe]",
                "migration.plan.severalSourcesWithoutConcat[datasets[0].fields[6]]",
                "migration.plan.unknownKey[datasets[0].fields[7], tranforms]");
    }

    @Test
    void checksTheDatasetAsAWhole() {
        List<PlanProblem> problems = problems("""
                plan: p
                datasets:
                  - name: d
                    source: { file: f.csv, query: select 1, delimiter: ";;" }
                    target: { table: t, key: [id] }
                    cleaning: { dedupe: keep-some }
                    fields:
                      - { target: x, source: x, validate: [ { range: { min: soon } } ] }
                      - { target: x, source: y, maxLength: 0 }
                    reconcile: { sums: [amount] }
                    watermark: updated
                    spotChecks: many
                  - name: d
                    source: { }
                    target: { table: t, key: [] }
                    fields: []
                """);

        assertThat(problems).extracting(PlanProblem::toString).containsExactly(
                "migration.plan.fileAndQuery[datasets[0].source]",
                "migration.plan.badDelimiter[datasets[0].source.delimiter, ;;]",
                "migration.plan.badChoice[datasets[0].cleaning.dedupe, keep-some, keep-first, keep-last, none]",
                "migration.plan.badRangeBound[datasets[0].fields[0].validate[0].range.min, soon]",
                "migration.plan.notPositive[datasets[0].fields[1].maxLength, 0]",
                "migration.plan.duplicateTarget[datasets[0].fields[1].target, x]",
                "migration.plan.notInteger[datasets[0].spotChecks, many]",
                "migration.plan.notAField[datasets[0].target.key[0], id]",
                "migration.plan.notAField[datasets[0].reconcile.sums[0], amount]",
                "migration.plan.notAField[datasets[0].watermark, updated]",
                "migration.plan.noFileOrQuery[datasets[1].source]",
                "migration.plan.emptyList[datasets[1].target.key]",
                "migration.plan.emptyList[datasets[1].fields]",
                "migration.plan.duplicateDataset[datasets[1].name, d]");
    }

    @Test
    void reportsYamlSyntaxErrorsWithTheirLine() {
        List<PlanProblem> problems = problems("plan: p\ndatasets:\n  - name: [unclosed\n");

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).messageKey()).isEqualTo("migration.plan.syntax");
        assertThat(problems.get(0).arguments().get(0)).isEqualTo(4);
    }

    @Test
    void refusesDuplicateKeysAndEmptyPlans() {
        assertThat(problems("plan: a\nplan: b\n")).extracting(PlanProblem::messageKey)
                .containsExactly("migration.plan.syntax");
        assertThat(problems("")).extracting(PlanProblem::messageKey).containsExactly("migration.plan.empty");
        assertThat(problems("- a\n")).extracting(PlanProblem::toString)
                .containsExactly("migration.plan.notMapping[/]");
    }

    @Test
    void describesProblemsInEnglishAndChinese() {
        PlanException e = catchThrowableOfType(() -> PlanYaml.read(dataset("""
                      - { target: id, source: a, transforms: [ trim, { dat: x } ] }
                """)), PlanException.class);

        assertThat(e.describe(Locale.ENGLISH))
                .isEqualTo("datasets[0].fields[0].transforms[1]: unknown transform \"dat\"");
        assertThat(e.describe(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("datasets[0].fields[0].transforms[1]：未知的转换“dat”");
    }
}
