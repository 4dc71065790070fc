package io.luodi.requirements.requirement;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.ForbiddenException;
import io.luodi.core.NotFoundException;
import io.luodi.core.project.ProjectAccess;
import io.luodi.requirements.AnswerFixture;
import io.luodi.core.testing.ProjectFixture;
import io.luodi.core.testing.ProjectFixture.TestProject;
import io.luodi.testsupport.WithPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@SpringBootTest
@WithPostgres
class RequirementManagementTests {

    @Autowired
    ProjectFixture fixture;
    @Autowired
    AnswerFixture answers;
    @Autowired
    RequirementManagement requirements;
    @Autowired
    SignedScope signedScope;
    @Autowired
    JdbcClient jdbc;

    static RequirementForm form(String title, String category, Priority priority, RequirementStatus status,
                                boolean inScope) {
        return new RequirementForm(title, title + "的详细说明", category, priority, status, inScope, "验收：" + title,
                null, null, null, null);
    }

    private long create(ProjectAccess access, String title, String category, Priority priority,
                        RequirementStatus status, boolean inScope) {
        return requirements.create(access, form(title, category, priority, status, inScope));
    }

    private RequirementQuery query(RequirementStatus status, Priority priority, Boolean inScope, String category,
                                   String text, RequirementSort sort, boolean descending) {
        return new RequirementQuery(status, priority, inScope, category, text, sort, descending, 0, 50);
    }

    private static void signScope(JdbcClient jdbc, long projectId) {
        jdbc.sql("""
                        INSERT INTO scope_baseline (project_id, number, status, created_by, created_at, signed_at)
                        VALUES (?, 1, 'SIGNED', 'tester', now(), now())""")
                .param(projectId).update();
    }

    @Test
    void keysCountUpPerProjectFromRequirement001() {
        TestProject first = fixture.create();
        TestProject second = fixture.create();
        ProjectAccess a = first.access(first.consultant());
        ProjectAccess b = second.access(second.pm());

        long one = create(a, "门诊挂号", "门诊", Priority.MUST, RequirementStatus.PROPOSED, true);
        long two = create(a, "医保结算", "医保", Priority.MUST, RequirementStatus.PROPOSED, true);
        long other = create(b, "电子病历", "病历", Priority.SHOULD, RequirementStatus.PROPOSED, true);

        assertThat(requirements.detail(a, one).key()).isEqualTo("REQ-001");
        assertThat(requirements.detail(a, two).key()).isEqualTo("REQ-002");
        assertThat(requirements.detail(b, other).key()).isEqualTo("REQ-001");
        assertThat(requirements.findByKey(a, "req-2")).contains(two);
        assertThat(requirements.findByKey(a, "REQ-003")).isEmpty();
    }

    @Test
    void theListFiltersSortsAndSearchesInChinese() {
        TestProject project = fixture.create();
        ProjectAccess access = project.access(project.consultant());
        create(access, "门诊挂号支持微信预约", "门诊", Priority.SHOULD, RequirementStatus.ACCEPTED, true);
        create(access, "医保实时结算", "医保", Priority.MUST, RequirementStatus.PROPOSED, true);
        create(access, "电子病历结构化模板", "病历", Priority.COULD, RequirementStatus.DEFERRED, false);
        create(access, "旧系统报表停用", "报表", Priority.WONT, RequirementStatus.REJECTED, false);
        create(access, "Outpatient 100%_done report", "报表", Priority.COULD, RequirementStatus.PROPOSED, true);

        assertThat(keys(access, query(null, null, null, null, "挂号", null, false))).containsExactly("REQ-001");
        assertThat(keys(access, query(null, null, null, null, "结构化模板的详细说明", null, false)))
                .containsExactly("REQ-003");
        assertThat(keys(access, query(null, null, null, null, "REQ-002", null, false))).containsExactly("REQ-002");
        assertThat(keys(access, query(null, null, null, null, "outpatient", null, false))).containsExactly("REQ-005");
        assertThat(keys(access, query(null, null, null, null, "100%_", null, false))).containsExactly("REQ-005");
        assertThat(keys(access, query(null, null, null, null, "%", null, false))).containsExactly("REQ-005");
        assertThat(keys(access, query(RequirementStatus.PROPOSED, null, null, null, null, null, false)))
                .containsExactly("REQ-002", "REQ-005");
        assertThat(keys(access, query(null, Priority.COULD, null, null, null, null, false)))
                .containsExactly("REQ-003", "REQ-005");
        assertThat(keys(access, query(null, null, false, null, null, null, false)))
                .containsExactly("REQ-003", "REQ-004");
        assertThat(keys(access, query(null, null, null, "报表", null, null, false)))
                .containsExactly("REQ-004", "REQ-005");
        assertThat(keys(access, query(null, null, null, null, null, RequirementSort.PRIORITY, false)))
                .containsExactly("REQ-002", "REQ-001", "REQ-003", "REQ-005", "REQ-004");
        assertThat(keys(access, query(null, null, null, null, null, RequirementSort.STATUS, false)))
                .containsExactly("REQ-002", "REQ-005", "REQ-001", "REQ-003", "REQ-004");
        assertThat(keys(access, query(null, null, null, null, null, RequirementSort.KEY, true)))
                .startsWith("REQ-005", "REQ-004");
        assertThat(requirements.categories(access)).containsExactly("医保", "报表", "病历", "门诊");
    }

    @Test
    void aLargeProjectIsPagedInTheDatabase() {
        TestProject project = fixture.create();
        ProjectAccess access = project.access(project.pm());
        jdbc.sql("""
                        INSERT INTO requirement (project_id, number, title, category, priority, status, in_scope,
                                                 created_by, updated_at)
                        SELECT ?, n, '第' || n || '项需求' || CASE WHEN n % 100 = 0 THEN '：医保对账' ELSE '' END,
                               '模块' || (n % 10), 'SHOULD', 'PROPOSED', TRUE, 'tester', now()
                        FROM generate_series(1, 2100) n""")
                .param(access.projectId()).update();

        Page<RequirementRow> page = requirements.search(access,
                new RequirementQuery(null, null, null, null, null, RequirementSort.KEY, false, 41, 50));
        Page<RequirementRow> found = requirements.search(access,
                new RequirementQuery(null, null, null, "模块0", "医保对账", RequirementSort.KEY, true, 0, 5));

        assertThat(page.getTotalElements()).isEqualTo(2100);
        assertThat(page.getTotalPages()).isEqualTo(42);
        assertThat(page.getContent()).hasSize(50);
        assertThat(page.getContent().get(0).key()).isEqualTo("REQ-2051");
        assertThat(found.getTotalElements()).isEqualTo(21);
        assertThat(found.getContent()).extracting(RequirementRow::key)
                .containsExactly("REQ-2100", "REQ-2000", "REQ-1900", "REQ-1800", "REQ-1700");
    }

    @Test
    void bulkEditChangesEverySelectedRequirementWithHistoryOrNone() {
        TestProject project = fixture.create();
        TestProject other = fixture.create();
        ProjectAccess access = project.access(project.pm());
        long first = create(access, "门诊挂号", "门诊", Priority.SHOULD, RequirementStatus.PROPOSED, true);
        long second = create(access, "门诊收费", "门诊", Priority.COULD, RequirementStatus.PROPOSED, true);
        long foreign = create(other.access(other.pm()), "别的项目", null, Priority.MUST, RequirementStatus.PROPOSED,
                true);

        assertThatThrownBy(() -> requirements.bulkEdit(access, new BulkChange(List.of(
                new BulkChange.Selected(first, 0), new BulkChange.Selected(foreign, 0)),
                RequirementStatus.ACCEPTED, null, null, null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> requirements.bulkEdit(access, new BulkChange(List.of(
                new BulkChange.Selected(first, 0), new BulkChange.Selected(second, 7)),
                RequirementStatus.ACCEPTED, null, null, null)))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageCode()).isEqualTo("requirement.bulk.stale");
        assertThat(requirements.detail(access, first).fields().status()).isEqualTo(RequirementStatus.PROPOSED);
        assertThat(requirements.detail(access, first).history()).isEmpty();

        int changed = requirements.bulkEdit(access, new BulkChange(List.of(
                new BulkChange.Selected(first, 0), new BulkChange.Selected(second, 0)),
                RequirementStatus.ACCEPTED, Priority.MUST, null, "门诊管理"));

        assertThat(changed).isEqualTo(2);
        RequirementDetail detail = requirements.detail(access, second);
        assertThat(detail.fields().status()).isEqualTo(RequirementStatus.ACCEPTED);
        assertThat(detail.fields().content().category()).isEqualTo("门诊管理");
        assertThat(detail.history()).extracting(ChangeView::field, ChangeView::oldValue, ChangeView::newValue,
                        ChangeView::changedBy)
                .containsExactlyInAnyOrder(
                        tuple(RequirementField.CATEGORY, "门诊", "门诊管理", project.pm().username()),
                        tuple(RequirementField.PRIORITY, "COULD", "MUST", project.pm().username()),
                        tuple(RequirementField.STATUS, "PROPOSED", "ACCEPTED", project.pm().username()));
        assertThat(detail.history()).filteredOn(c -> c.field() == RequirementField.PRIORITY)
                .extracting(ChangeView::oldLabel, ChangeView::newLabel)
                .containsExactly(tuple("requirement.priority.COULD", "requirement.priority.MUST"));
        assertThat(requirements.detail(access, first).history()).hasSize(3);
        assertThatThrownBy(() -> requirements.bulkEdit(access, new BulkChange(List.of(
                new BulkChange.Selected(first, 1)), null, null, null, null)))
                .extracting(e -> ((BusinessRuleException) e).messageCode()).isEqualTo("requirement.bulk.nothing");
    }

    @Test
    void aStaleFormIsRefusedAndLosesNothing() {
        TestProject project = fixture.create();
        ProjectAccess access = project.access(project.consultant());
        long id = create(access, "住院结算", "住院", Priority.MUST, RequirementStatus.PROPOSED, true);
        RequirementForm loadedByBoth = requirements.detail(access, id).toForm();

        requirements.update(access, id, withTitle(loadedByBoth, "住院床旁结算"));

        assertThatThrownBy(() -> requirements.update(access, id, withTitle(loadedByBoth, "住院预结算")))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageCode(), e -> ((BusinessRuleException) e).arguments())
                .containsExactly("requirement.stale", new Object[]{"REQ-001"});
        RequirementDetail detail = requirements.detail(access, id);
        assertThat(detail.fields().content().title()).isEqualTo("住院床旁结算");
        assertThat(detail.history()).extracting(ChangeView::oldValue, ChangeView::newValue)
                .containsExactly(tuple("住院结算", "住院床旁结算"));
    }

    @Test
    void afterSignOffScopeFieldsAreRefusedButTheInternalNoteAndSourcesStayEditable() {
        TestProject project = fixture.create();
        ProjectAccess access = project.access(project.pm());
        long id = create(access, "药房发药", "药房", Priority.MUST, RequirementStatus.ACCEPTED, true);
        long other = create(access, "药库盘点", "药房", Priority.SHOULD, RequirementStatus.ACCEPTED, true);
        signScope(jdbc, access.projectId());
        RequirementForm current = requirements.detail(access, id).toForm();

        assertThat(signedScope.isSigned(access.projectId())).isTrue();
        assertThat(requirements.signedBaseline(access)).contains(1);
        assertThatThrownBy(() -> requirements.update(access, id, withTitle(current, "药房自动发药")))
                .extracting(e -> ((BusinessRuleException) e).messageCode()).isEqualTo("requirement.scope.signed");
        assertThatThrownBy(() -> requirements.bulkEdit(access, new BulkChange(List.of(
                new BulkChange.Selected(id, 0), new BulkChange.Selected(other, 0)),
                RequirementStatus.DEFERRED, null, null, null)))
                .extracting(e -> ((BusinessRuleException) e).messageCode())
                .isEqualTo("requirement.scope.signed.bulk");
        assertThatThrownBy(() -> requirements.create(access,
                form("新增接口", "接口", Priority.MUST, RequirementStatus.PROPOSED, true)))
                .extracting(e -> ((BusinessRuleException) e).messageCode())
                .isEqualTo("requirement.scope.signed.new");

        RequirementForm noteOnly = new RequirementForm(current.title(), current.description() + "\r\n",
                current.category(), current.priority(), current.status(), current.inScope(),
                current.acceptanceCriteria(), "客户口头同意二期再议", current.version(), null, null);
        assertThat(requirements.update(access, id, noteOnly)).containsExactly(RequirementField.INTERNAL_NOTE);
        long added = requirements.create(access,
                form("新增接口", "接口", Priority.MUST, RequirementStatus.PROPOSED, false));
        assertThat(requirements.detail(access, added).fields().inScope()).isFalse();
        assertThat(requirements.draft(access, null, null).inScope()).isFalse();
        assertThat(requirements.detail(access, other).fields().status()).isEqualTo(RequirementStatus.ACCEPTED);
    }

    @Test
    void customersReadRequirementsWithoutInternalNotesOrTheirHistory() {
        TestProject project = fixture.create();
        ProjectAccess staff = project.access(project.consultant());
        ProjectAccess customer = project.access(project.customer());
        long id = requirements.create(staff, new RequirementForm("检验结果回传", "LIS 结果自动回传 HIS", "接口",
                Priority.MUST, RequirementStatus.PROPOSED, true, null, "厂商报价偏高，需谈判", null, null, null));
        RequirementForm loaded = requirements.detail(staff, id).toForm();
        requirements.update(staff, id, new RequirementForm(loaded.title(), loaded.description(), loaded.category(),
                loaded.priority(), RequirementStatus.ACCEPTED, true, null, "已谈妥价格", loaded.version(), null, null));

        RequirementDetail seenByCustomer = requirements.detail(customer, id);
        RequirementDetail seenByStaff = requirements.detail(staff, id);

        assertThat(seenByCustomer.fields().internalNote()).isNull();
        assertThat(seenByCustomer.history()).extracting(ChangeView::field).containsExactly(RequirementField.STATUS);
        assertThat(seenByStaff.fields().internalNote()).isEqualTo("已谈妥价格");
        assertThat(seenByStaff.history()).extracting(ChangeView::field)
                .containsExactlyInAnyOrder(RequirementField.STATUS, RequirementField.INTERNAL_NOTE);
        assertThat(requirements.search(customer, query(null, null, null, null, "检验", null, false))
                .getTotalElements()).isEqualTo(1);
        assertThatThrownBy(() -> requirements.update(customer, id, loaded)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> project.access(project.otherCustomer())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anotherProjectsRequirementsAndSourcesDoNotExist() {
        TestProject project = fixture.create();
        TestProject other = fixture.create();
        ProjectAccess access = project.access(project.pm());
        ProjectAccess otherAccess = other.access(other.pm());
        long foreign = create(otherAccess, "别的项目的需求", null, Priority.MUST, RequirementStatus.PROPOSED, true);
        long own = create(access, "本项目需求", null, Priority.MUST, RequirementStatus.PROPOSED, true);
        long foreignAnswer = answers.answer(other.id(), "门诊部", "2.3", "缴费排队");

        assertThatThrownBy(() -> requirements.detail(access, foreign)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> requirements.update(access, foreign, requirements.detail(otherAccess, foreign)
                .toForm())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> requirements.addSource(access, own, RequirementSource.Kind.ANSWER, foreignAnswer))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> requirements.draft(access, RequirementSource.Kind.ANSWER, foreignAnswer))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> requirements.create(access, form("x", null, Priority.MUST,
                RequirementStatus.PROPOSED, true).withSource(RequirementSource.Kind.ANSWER, foreignAnswer)))
                .isInstanceOf(NotFoundException.class);
        assertThat(requirements.findByKey(access, "REQ-001")).contains(own);
    }

    @Test
    void aRequirementFromAnAnswerShowsTheQuestionAndAnswerAsItsSource() {
        TestProject project = fixture.create();
        ProjectAccess access = project.access(project.consultant());
        long answer = answers.answer(project.id(), "门诊部", "2.3", "高峰时段缴费窗口排队 40 分钟");

        RequirementForm draft = requirements.draft(access, RequirementSource.Kind.ANSWER, answer);
        long id = requirements.create(access, new RequirementForm("门诊诊间结算", draft.description(), "门诊",
                Priority.MUST, RequirementStatus.PROPOSED, true, null, null, null, draft.sourceKind(),
                draft.sourceId()));

        assertThat(draft.description()).isEqualTo("高峰时段缴费窗口排队 40 分钟");
        RequirementDetail staffView = requirements.detail(access, id);
        assertThat(staffView.sources()).singleElement().satisfies(source -> {
            assertThat(source.kind()).isEqualTo(RequirementSource.Kind.ANSWER);
            assertThat(source.label()).isEqualTo("门诊部 2026-03-12");
            assertThat(source.text()).isEqualTo("2.3 " + answers.questionText("2.3"));
            assertThat(source.detail()).isEqualTo("高峰时段缴费窗口排队 40 分钟");
        });
        assertThat(requirements.detail(project.access(project.customer()), id).sources()).isEmpty();

        requirements.removeSource(access, id, RequirementSource.Kind.ANSWER, answer);
        assertThat(requirements.detail(access, id).sources()).isEmpty();
    }

    private List<String> keys(ProjectAccess access, RequirementQuery query) {
        return requirements.search(access, query).getContent().stream().map(RequirementRow::key).toList();
    }

    private static RequirementForm withTitle(RequirementForm form, String title) {
        return new RequirementForm(title, form.description(), form.category(), form.priority(), form.status(),
                form.inScope(), form.acceptanceCriteria(), form.internalNote(), form.version(), null, null);
    }
}
