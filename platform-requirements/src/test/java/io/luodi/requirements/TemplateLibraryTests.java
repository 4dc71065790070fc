package io.luodi.requirements;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.ForbiddenException;
import io.luodi.core.NotFoundException;
import io.luodi.core.project.SystemType;
import io.luodi.core.user.CurrentUser;
import io.luodi.core.user.Role;
import io.luodi.requirements.template.QuestionDraft;
import io.luodi.requirements.template.QuestionListFiles;
import io.luodi.requirements.template.QuestionListReader;
import io.luodi.requirements.template.QuestionType;
import io.luodi.requirements.template.TemplateSeeds;
import io.luodi.requirements.template.TemplateStatus;
import io.luodi.requirements.template.TemplateSummary;
import io.luodi.testsupport.WithPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@WithPostgres
class TemplateLibraryTests {

    private static final CurrentUser PM = new CurrentUser(1, "pm", "PM", Role.PM, 1);
    private static final CurrentUser CONSULTANT = new CurrentUser(2, "consultant", "Consultant", Role.CONSULTANT, 1);
    private static final CurrentUser CUSTOMER = new CurrentUser(3, "customer", "Customer", Role.CUSTOMER, 2);

    private static final List<List<String>> QUESTIONS = List.of(
            List.of("章节", "题号", "题目", "题型", "必填", "选项"),
            List.of("一、现状", "1.1", "现在用什么系统报销？", "单选", "是", "纸质单据|OA|其他系统"),
            List.of("", "1.2", "每月报销单量", "数字", "否", ""),
            List.of("二、期望", "2.1", "最希望改进什么？", "长文本", "是", ""));

    @Autowired
    TemplateLibrary library;

    @Test
    void theLibraryStartsWithThreeSeededPublishedTemplates() {
        List<TemplateSummary> seeded = library.summaries(CONSULTANT).stream()
                .filter(t -> t.createdBy().equals("system")).toList();

        assertThat(seeded).extracting(TemplateSummary::systemType)
                .contains(SystemType.FINANCE, SystemType.HIS, SystemType.ERP);
        assertThat(seeded).allSatisfy(t -> {
            assertThat(t.status()).isEqualTo(TemplateStatus.PUBLISHED);
            assertThat(t.questionCount()).isBetween(20L, 40L);
        });
    }

    @Test
    void eachSeedUsesEveryQuestionTypeAndHasConditions() throws IOException {
        for (TemplateSeeds seed : TemplateSeeds.values()) {
            byte[] content = new ClassPathResource(seed.resource()).getContentAsByteArray();
            QuestionListReader.Result result = QuestionListReader.read(QuestionListFiles.readTabSeparated(content));
            assertThat(result.problems()).as(seed.resource()).isEmpty();
            Set<QuestionType> types = EnumSet.noneOf(QuestionType.class);
            result.draft().questions().forEach(q -> types.add(q.type()));
            assertThat(types).as(seed.resource()).containsExactlyInAnyOrder(QuestionType.values());
            assertThat(result.draft().questions().stream().filter(QuestionDraft::isConditional).count())
                    .as(seed.resource()).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void anImportedListBecomesADraftThatPublishingFreezes() {
        long id = library.importQuestionList(PM, "报销调研（精简版）", SystemType.FINANCE, QUESTIONS);

        TemplateDetail detail = library.detail(CONSULTANT, id);
        assertThat(detail.summary().status()).isEqualTo(TemplateStatus.DRAFT);
        assertThat(detail.summary().questionCount()).isEqualTo(3);
        assertThat(detail.content().sections().get(0).questions().get(0).options())
                .containsExactly("纸质单据", "OA", "其他系统");

        library.publish(PM, id);

        assertThatThrownBy(() -> library.replaceQuestions(PM, id, QUESTIONS))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("template.published.frozen");
        assertThatThrownBy(() -> library.publish(PM, id)).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void aNewVersionSharesTheLineageAndACopyStartsItsOwn() {
        long first = library.importQuestionList(PM, "HIS 门诊调研", SystemType.HIS, QUESTIONS);
        library.publish(PM, first);

        long second = library.newVersion(PM, first);
        long third = library.newVersion(PM, first);
        long copy = library.copy(PM, second, "社区医院门诊调研");

        assertThat(library.detail(PM, second).summary().versionNumber()).isEqualTo(2);
        assertThat(library.detail(PM, third).summary().versionNumber()).isEqualTo(3);
        assertThat(library.versionsOf(PM, first)).extracting(TemplateSummary::id).containsExactly(third, second, first);
        TemplateDetail copied = library.detail(PM, copy);
        assertThat(copied.summary().versionNumber()).isEqualTo(1);
        assertThat(copied.summary().lineage()).isNotEqualTo(library.detail(PM, first).summary().lineage());
        assertThat(copied.content()).isEqualTo(library.detail(PM, second).content());
    }

    @Test
    void aRejectedListAddsNothing() {
        long before = library.summaries(PM).size();
        List<List<String>> broken = List.of(QUESTIONS.get(0), List.of("一", "1", "题", "单选", "是", ""));

        assertThatThrownBy(() -> library.importQuestionList(PM, "坏清单", null, broken))
                .isInstanceOf(QuestionListRejected.class)
                .satisfies(e -> assertThat(((QuestionListRejected) e).problems()).singleElement()
                        .satisfies(p -> assertThat(p.line()).isEqualTo(2)));
        assertThat(library.summaries(PM)).hasSize((int) before);
    }

    @Test
    void theExportedQuestionListReadsBackToTheSameQuestionsInEitherLanguage() {
        long seeded = library.summaries(PM).stream().filter(t -> t.systemType() == SystemType.HIS
                && t.createdBy().equals("system")).findFirst().orElseThrow().id();
        TemplateDetail original = library.detail(PM, seeded);

        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            byte[] workbook = library.exportQuestionList(PM, seeded, locale);
            QuestionListReader.Result reread = QuestionListReader.read(
                    QuestionListFiles.readWorkbook(new ByteArrayInputStream(workbook)));
            assertThat(reread.problems()).isEmpty();
            assertThat(withoutLines(reread.draft().questions())).isEqualTo(original.content().questions());
            assertThat(reread.draft().sections()).hasSameSizeAs(original.content().sections());
        }
    }

    @Test
    void customersDoNotSeeTheLibraryAndConsultantsDoNotChangeIt() {
        assertThatThrownBy(() -> library.summaries(CUSTOMER)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> library.importQuestionList(CONSULTANT, "x", null, QUESTIONS))
                .isInstanceOf(ForbiddenException.class);
    }

    private static List<QuestionDraft> withoutLines(List<QuestionDraft> questions) {
        return questions.stream().map(q -> new QuestionDraft(0, q.code(), q.text(), q.type(), q.required(),
                q.options(), q.unit(), q.helpText(), q.askIfCode(), q.askIfAnswer(), q.gridRows(),
                q.gridColumns())).toList();
    }
}
