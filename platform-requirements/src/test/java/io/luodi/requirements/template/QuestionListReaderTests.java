package io.luodi.requirements.template;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionListReaderTests {

    private static final List<String> CHINESE_HEADER = List.of("章节", "题号", "题目", "题型", "必填", "选项", "单位",
            "填写说明", "前置题号", "前置答案", "表格行", "表格列");

    private static List<String> row(String... cells) {
        List<String> row = new ArrayList<>(Arrays.asList(cells));
        while (row.size() < 12) {
            row.add("");
        }
        return row;
    }

    private static QuestionListReader.Result read(List<String> header, List<String>... rows) {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(Arrays.asList(rows));
        return QuestionListReader.read(all);
    }

    @Test
    @SuppressWarnings("unchecked")
    void readsSectionsQuestionsAndEveryKindOfDetail() {
        QuestionListReader.Result result = read(CHINESE_HEADER,
                row("一、报销流程", "1.1", "目前报销需要经过几级审批？", "数字", "是", "", "级"),
                row("", "1.2", "是否使用电子发票？", "是否", "否"),
                row("", "1.3", "电子发票来源", "多选", "是", "税局平台|第三方平台|邮件", "", "", "1.2", "是"),
                row("二、审批效率", "2.1", "各审批环节耗时", "表格", "是", "", "", "按最近一个月估算", "", "",
                        "部门经理|财务初审|总经理", "审批人|平均等待（小时）"),
                row("二、审批效率", "2.2", "对现有系统满意度", "评分", "否", "很差|差|一般|好|很好"));

        assertThat(result.isValid()).as(String.valueOf(result.problems())).isTrue();
        TemplateDraft draft = result.draft();
        assertThat(draft.sections()).extracting(SectionDraft::title).containsExactly("一、报销流程", "二、审批效率");
        assertThat(draft.sections().get(0).questions()).hasSize(3);
        QuestionDraft number = draft.questions().get(0);
        assertThat(number.type()).isEqualTo(QuestionType.NUMBER);
        assertThat(number.required()).isTrue();
        assertThat(number.unit()).isEqualTo("级");
        QuestionDraft conditional = draft.questions().get(2);
        assertThat(conditional.options()).containsExactly("税局平台", "第三方平台", "邮件");
        assertThat(conditional.askIfCode()).isEqualTo("1.2");
        QuestionDraft grid = draft.questions().get(3);
        assertThat(grid.gridRows()).containsExactly("部门经理", "财务初审", "总经理");
        assertThat(grid.gridColumns()).containsExactly("审批人", "平均等待（小时）");
        assertThat(grid.helpText()).isEqualTo("按最近一个月估算");
    }

    @Test
    @SuppressWarnings("unchecked")
    void understandsEnglishHeadersInAnyOrderAndTypeConstants() {
        QuestionListReader.Result result = read(List.of("Type", "Question", "Code", "Section", "Required"),
                List.of("SHORT_TEXT", "Who owns the chart of accounts?", "A1", "Finance", "yes"),
                List.of("date", "Target go-live", "A2", "Finance", ""));

        assertThat(result.isValid()).isTrue();
        assertThat(result.draft().questions()).extracting(QuestionDraft::type)
                .containsExactly(QuestionType.SHORT_TEXT, QuestionType.DATE);
        assertThat(result.draft().questions().get(1).required()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void reportsEveryProblemWithItsLine() {
        QuestionListReader.Result result = read(CHINESE_HEADER,
                row("一、现状", "1.1", "现有系统", "下拉", "是"),
                row("", "1.2", "", "短文本", "也许"),
                row("", "1.3", "有几个院区？", "单选", "是", "一个"),
                row("", "1.3", "院区名称", "短文本", "否"),
                row("", "1.5", "分院系统", "短文本", "否", "", "", "", "9.9", "是"),
                row("", "1.6", "审批表", "表格", "否"));

        assertThat(result.isValid()).isFalse();
        assertThat(result.problems()).extracting(DraftProblem::line, DraftProblem::messageCode).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "template.problem.type.unknown"),
                org.assertj.core.groups.Tuple.tuple(3, "template.problem.text.invalid"),
                org.assertj.core.groups.Tuple.tuple(3, "template.problem.required.invalid"),
                org.assertj.core.groups.Tuple.tuple(4, "template.problem.options.missing"),
                org.assertj.core.groups.Tuple.tuple(5, "template.problem.code.duplicate"),
                org.assertj.core.groups.Tuple.tuple(6, "template.problem.condition.unknown"),
                org.assertj.core.groups.Tuple.tuple(7, "template.problem.grid.missing"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aConditionMustNameAnAnswerTheEarlierQuestionCanHave() {
        QuestionListReader.Result result = read(CHINESE_HEADER,
                row("一", "1", "是否有医保接口？", "是否", "是"),
                row("", "2", "医保接口厂商", "短文本", "否", "", "", "", "1", "有"));

        assertThat(result.problems()).singleElement()
                .satisfies(p -> assertThat(p.messageCode()).isEqualTo("template.problem.condition.answer"));
    }

    @Test
    void aHeaderWithoutTheMandatoryColumnsIsRefusedOnLineOne() {
        QuestionListReader.Result result = QuestionListReader.read(List.of(List.of("题目", "说明")));

        assertThat(result.problems()).extracting(DraftProblem::line).containsOnly(1);
        assertThat(result.problems()).extracting(DraftProblem::messageCode)
                .containsOnly("template.problem.column.missing").hasSize(3);
    }

    @Test
    void anEmptyListIsRefused() {
        assertThat(QuestionListReader.read(List.of()).problems()).extracting(DraftProblem::messageCode)
                .containsExactly("template.problem.empty");
        assertThat(QuestionListReader.read(List.of(CHINESE_HEADER)).problems()).extracting(DraftProblem::messageCode)
                .containsExactly("template.problem.empty");
    }
}
