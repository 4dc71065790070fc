package io.luodi.requirements.survey;

import io.luodi.core.BusinessRuleException;
import io.luodi.requirements.template.QuestionDraft;
import io.luodi.requirements.template.QuestionType;
import io.luodi.requirements.template.SectionDraft;
import io.luodi.requirements.template.SurveyTemplate;
import io.luodi.requirements.template.TemplateDraft;
import io.luodi.requirements.template.TemplateQuestion;
import io.luodi.requirements.template.TemplateSection;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuestionnaireTests {

    /** 分院 (yes/no) → 分院数量 only with 是; 系统 (multiple) → 接口厂商 only when LIS is ticked → 接口方式 (chained). */
    private static final List<TemplateSection> SECTIONS = SurveyTemplate.create("测试", null, null, new TemplateDraft(List.of(
            new SectionDraft("一、概况", List.of(
                    question("1.1", QuestionType.YES_NO, true, List.of(), null, null),
                    question("1.2", QuestionType.NUMBER, true, List.of(), "1.1", "是"),
                    question("1.3", QuestionType.SHORT_TEXT, false, List.of(), null, null))),
            new SectionDraft("二、接口", List.of(
                    question("2.1", QuestionType.MULTIPLE_CHOICE, true, List.of("LIS", "PACS", "EMR"), null, null),
                    question("2.2", QuestionType.SINGLE_CHOICE, true, List.of("厂商甲", "厂商乙"), "2.1", "LIS"),
                    question("2.3", QuestionType.LONG_TEXT, true, List.of(), "2.2", "厂商乙"))))), "tester")
            .getSections();

    private final Map<String, AnswerValue> answers = new HashMap<>();

    @Test
    void aQuestionWithoutItsConditionIsNeitherAskedNorRequired() {
        Questionnaire questionnaire = new Questionnaire(SECTIONS, answers);

        assertThat(questionnaire.isAsked(q("1.2"))).isFalse();
        assertThat(questionnaire.isAsked(q("2.2"))).isFalse();
        assertThat(questionnaire.progress()).isEqualTo(new Progress(0, 2));
        assertThat(questionnaire.missing()).extracting(TemplateQuestion::getCode).containsExactly("1.1", "2.1");
    }

    @Test
    void aYesMakesTheFollowUpRequiredAndANoTakesItAway() {
        answers.put("1.1", AnswerValue.text("是"));
        assertThat(new Questionnaire(SECTIONS, answers).progress(SECTIONS.get(0))).isEqualTo(new Progress(1, 2));

        answers.put("1.1", AnswerValue.text("否"));
        assertThat(new Questionnaire(SECTIONS, answers).progress(SECTIONS.get(0))).isEqualTo(new Progress(1, 1));
    }

    @Test
    void aTickedOptionOfAMultipleChoiceMeetsTheConditionAndConditionsChain() {
        answers.put("2.1", new AnswerValue(null, List.of("PACS", "LIS"), List.of()));
        answers.put("2.2", AnswerValue.text("厂商乙"));
        Questionnaire questionnaire = new Questionnaire(SECTIONS, answers);
        assertThat(questionnaire.isAsked(q("2.3"))).isTrue();
        assertThat(questionnaire.progress(SECTIONS.get(1))).isEqualTo(new Progress(2, 3));

        answers.put("2.1", new AnswerValue(null, List.of("PACS"), List.of()));
        Questionnaire withoutLis = new Questionnaire(SECTIONS, answers);
        assertThat(withoutLis.isAsked(q("2.2"))).isFalse();
        assertThat(withoutLis.isAsked(q("2.3"))).as("its condition's question is not asked").isFalse();
        assertThat(withoutLis.progress(SECTIONS.get(1))).isEqualTo(new Progress(1, 1));
    }

    @Test
    void numbersAreStoredPlainHoweverTheyAreTyped() {
        assertThat(AnswerParser.number("1,200")).isEqualTo("1200");
        assertThat(AnswerParser.number("１２００．５")).isEqualTo("1200.5");
        assertThat(AnswerParser.number(" 3.50 ")).isEqualTo("3.50");
        assertThat(AnswerParser.number("")).isNull();
        assertThatThrownBy(() -> AnswerParser.number("约800"))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageCode()).isEqualTo("survey.answer.number.invalid");
                    assertThat(e.field()).isEqualTo("value");
                    assertThat(e.arguments()).containsExactly("约800");
                });
        assertThatThrownBy(() -> AnswerParser.number("12e")).isInstanceOf(BusinessRuleException.class);
    }

    private static TemplateQuestion q(String code) {
        return SECTIONS.stream().flatMap(s -> s.getQuestions().stream()).filter(q -> q.getCode().equals(code))
                .findFirst().orElseThrow();
    }

    private static QuestionDraft question(String code, QuestionType type, boolean required, List<String> options,
                                          String askIfCode, String askIfAnswer) {
        return new QuestionDraft(0, code, "问题 " + code, type, required, options, null, null, askIfCode, askIfAnswer,
                List.of(), List.of());
    }
}
