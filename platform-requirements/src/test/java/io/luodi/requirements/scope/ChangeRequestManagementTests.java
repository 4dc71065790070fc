package io.luodi.requirements.scope;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.ForbiddenException;
import io.luodi.core.NotFoundException;
import io.luodi.core.audit.AuditAction;
import io.luodi.core.audit.AuditEvent;
import io.luodi.core.audit.AuditLog;
import io.luodi.core.audit.AuditQuery;
import io.luodi.core.export.ExportedFile;
import io.luodi.core.testing.ProjectFixture.TestProject;
import io.luodi.core.testing.ProjectFixture;
import io.luodi.requirements.requirement.Priority;
import io.luodi.requirements.requirement.Requirement;
import io.luodi.requirements.requirement.RequirementChange;
import io.luodi.requirements.requirement.RequirementContent;
import io.luodi.requirements.requirement.RequirementField;
import io.luodi.requirements.requirement.RequirementRepository;
import io.luodi.requirements.requirement.RequirementStatus;
import io.luodi.testsupport.WithPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@SpringBootTest
@WithPostgres
class ChangeRequestManagementTests {

    private static final RequirementContent OCR = new RequirementContent("发票 OCR 识别", "拍照自动识别发票要素",
            "费用报销", Priority.SHOULD, "识别准确率不低于 95%");

    @Autowired
    ProjectFixture fixture;
    @Autowired
    ScopeTestData data;
    @Autowired
    ScopeManagement scope;
    @Autowired
    ChangeRequestManagement changeRequests;
    @Autowired
    RequirementRepository requirements;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    TestProject project;
    long mobile;
    long invoice;
    long budget;

    @BeforeEach
    void signedScope() {
        project = fixture.create();
        mobile = data.requirement(project.id(), "移动端审批", RequirementStatus.ACCEPTED, true);
        invoice = data.requirement(project.id(), "电子发票查验", RequirementStatus.ACCEPTED, true);
        budget = data.requirement(project.id(), "预算控制", RequirementStatus.DEFERRED, false);
        scope.saveStatement(project.access(project.pm()), ScopeTestData.STATEMENT, null);
        int number = scope.putUpForSignature(project.access(project.pm()));
        scope.sign(project.access(project.pm()), number, null);
        scope.sign(project.access(project.customer()), number, null);
    }

    @Test
    void noChangeRequestBeforeTheFirstSignOff() {
        TestProject fresh = fixture.create();

        assertThatThrownBy(() -> changeRequests.submit(fresh.access(fresh.pm()), draft(ChangeItem.add(OCR))))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("changeRequest.notSignedOff"));
    }

    @Test
    void twoApprovalsApplyTheRequestAndProduceTheNextSignedBaseline() {
        RequirementContent faster = new RequirementContent("移动端审批（含钉钉）", "移动端审批的说明", "费用报销",
                Priority.MUST, "钉钉和企业微信均可审批");
        int number = changeRequests.submit(project.access(project.consultant()), new ChangeRequestDraft(
                "增加 OCR 并调整移动审批", "客户要求减少手工录入", 12, new BigDecimal("36000.50"), "OCR 供应商接口不稳定",
                List.of(ChangeItem.add(OCR), ChangeItem.change(mobile, faster), ChangeItem.remove(invoice)),
                Map.of(ScopeSection.MILESTONES, "7 月 15 日上线")));
        assertThat(number).isEqualTo(1);

        ChangeRequestStatus afterCustomer = changeRequests.decide(project.access(project.customer()), number, true,
                "同意");
        assertThat(requirements.findByProjectIdOrderByNumber(project.id())).hasSize(3);
        ChangeRequestStatus afterImplementer = changeRequests.decide(project.access(project.pm()), number, true,
                null);

        assertThat(afterCustomer).isEqualTo(ChangeRequestStatus.SUBMITTED);
        assertThat(afterImplementer).isEqualTo(ChangeRequestStatus.APPROVED);

        Requirement added = requirements.findByProjectIdOrderByNumber(project.id()).get(3);
        assertThat(added.key()).isEqualTo("REQ-004");
        assertThat(added.fields().content()).isEqualTo(OCR);
        assertThat(added.getStatus()).isEqualTo(RequirementStatus.ACCEPTED);
        assertThat(added.isInScope()).isTrue();

        assertThat(data.load(mobile).getChanges())
                .extracting(RequirementChange::getField, RequirementChange::getNewValue, RequirementChange::getCause,
                        RequirementChange::getChangedBy)
                .containsExactly(
                        tuple(RequirementField.TITLE, "移动端审批（含钉钉）", "CR-001", project.pm().username()),
                        tuple(RequirementField.ACCEPTANCE_CRITERIA, "钉钉和企业微信均可审批", "CR-001",
                                project.pm().username()));
        assertThat(data.load(invoice).getChanges())
                .extracting(RequirementChange::getField, RequirementChange::getOldValue, RequirementChange::getNewValue,
                        RequirementChange::getCause)
                .containsExactly(tuple(RequirementField.IN_SCOPE, "true", "false", "CR-001"));

        BaselineDetail v2 = scope.baseline(project.access(project.customer()), 2);
        assertThat(v2.summary().status()).isEqualTo(BaselineStatus.SIGNED);
        assertThat(v2.summary().signedAt()).isNotNull();
        assertThat(v2.summary().changeRequestKey()).isEqualTo("CR-001");
        assertThat(v2.summary().implementer().name()).isEqualTo(project.pm().displayName());
        assertThat(v2.summary().customer().name()).isEqualTo(project.customer().displayName());
        assertThat(v2.summary().customer().comment()).isEqualTo("同意");
        assertThat(v2.inScope()).extracting(ScopeItem::title).containsExactly("移动端审批（含钉钉）", "发票 OCR 识别");
        assertThat(v2.outOfScope()).extracting(ScopeItem::title).containsExactly("电子发票查验", "预算控制");
        assertThat(v2.sections().milestones()).isEqualTo("7 月 15 日上线");
        assertThat(v2.sections().objectives()).isEqualTo(ScopeTestData.STATEMENT.objectives());
        assertThat(scope.statement(project.access(project.pm())).sections().milestones()).isEqualTo("7 月 15 日上线");

        ChangeRequestDetail detail = changeRequests.detail(project.access(project.customer()), number);
        assertThat(detail.summary().status()).isEqualTo(ChangeRequestStatus.APPROVED);
        assertThat(detail.summary().resultNumber()).isEqualTo(2);
        assertThat(detail.summary().decidedAt()).isNotNull();
        assertThat(detail.items()).extracting(ChangeRequestDetail.ItemView::action,
                        ChangeRequestDetail.ItemView::requirementKey)
                .containsExactly(tuple(ChangeAction.ADD, "REQ-004"), tuple(ChangeAction.CHANGE, "REQ-001"),
                        tuple(ChangeAction.REMOVE, "REQ-002"));

        ScopeComparison comparison = scope.compare(project.access(project.pm()), 1, 2);
        assertThat(comparison.added()).extracting(ScopeItem::key).containsExactly("REQ-004");
        assertThat(comparison.removed()).extracting(ScopeItem::key).containsExactly("REQ-002");
        assertThat(comparison.changed()).singleElement().satisfies(c -> assertThat(c.fields())
                .extracting(ScopeComparison.FieldChange::field)
                .containsExactly(ItemField.TITLE, ItemField.ACCEPTANCE_CRITERIA));

        assertThat(audit.search(new AuditQuery(null, project.id(), null), 0, 100).getContent())
                .extracting(AuditEvent::getDetail)
                .contains("CR-001 submitted against v1: 增加 OCR 并调整移动审批", "CR-001 APPROVED, applied as v2",
                        "v2 SIGNED from CR-001", "REQ-004 added by CR-001");
    }

    @Test
    void oneRejectionRejectsTheRequestAndChangesNothing() {
        int number = changeRequests.submit(project.access(project.pm()), draft(ChangeItem.remove(mobile)));

        changeRequests.decide(project.access(project.pm()), number, true, null);
        assertThatThrownBy(() -> changeRequests.decide(project.access(project.customer()), number, false, " "))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("changeRequest.reject.commentRequired"));
        ChangeRequestStatus status = changeRequests.decide(project.access(project.customer()), number, false,
                "移动审批必须保留");

        assertThat(status).isEqualTo(ChangeRequestStatus.REJECTED);
        assertThat(data.load(mobile).isInScope()).isTrue();
        assertThat(data.load(mobile).getChanges()).isEmpty();
        assertThat(scope.baselines(project.access(project.pm()))).hasSize(1);
        assertThat(changeRequests.detail(project.access(project.pm()), number).summary().customer().comment())
                .isEqualTo("移动审批必须保留");
        assertThatThrownBy(() -> changeRequests.decide(project.access(project.admin()), number, true, null))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("changeRequest.notSubmitted"));
    }

    @Test
    void consultantsDecideForNobodyAndEachSideDecidesOnce() {
        int number = changeRequests.submit(project.access(project.pm()), draft(ChangeItem.add(OCR)));

        assertThatThrownBy(() -> changeRequests.decide(project.access(project.consultant()), number, true, null))
                .isInstanceOf(ForbiddenException.class);
        changeRequests.decide(project.access(project.admin()), number, true, null);
        assertThatThrownBy(() -> changeRequests.decide(project.access(project.pm()), number, true, null))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("changeRequest.alreadyDecided"));
        assertThatThrownBy(() -> project.access(project.otherCustomer())).isInstanceOf(NotFoundException.class);
        TestProject other = fixture.create();
        assertThatThrownBy(() -> changeRequests.decide(other.access(other.customer()), number, true, null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> changeRequests.detail(other.access(other.pm()), number))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aRequestRaisedOnAnOlderBaselineIsNeverAppliedOverANewerOne() {
        int first = changeRequests.submit(project.access(project.pm()), draft(ChangeItem.add(OCR)));
        int second = changeRequests.submit(project.access(project.customer()), draft(ChangeItem.remove(invoice)));
        changeRequests.decide(project.access(project.customer()), second, true, null);
        approveBoth(first);

        assertThatThrownBy(() -> changeRequests.decide(project.access(project.pm()), second, true, null))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageCode()).isEqualTo("changeRequest.stale");
                    assertThat(e.arguments()).containsExactly("CR-002", 1, 2);
                });
        assertThat(data.load(invoice).isInScope()).isTrue();
        ChangeRequestDetail stale = changeRequests.detail(project.access(project.customer()), second);
        assertThat(stale.isStale()).isTrue();
        assertThat(stale.summary().implementer()).isNull();

        assertThatThrownBy(() -> changeRequests.raiseAgain(project.access(project.pm()), second))
                .isInstanceOf(ForbiddenException.class);
        int again = changeRequests.raiseAgain(project.access(project.customer()), second);

        assertThat(again).isEqualTo(3);
        assertThat(changeRequests.detail(project.access(project.pm()), second).summary().status())
                .isEqualTo(ChangeRequestStatus.WITHDRAWN);
        approveBoth(again);
        assertThat(data.load(invoice).isInScope()).isFalse();
        assertThat(scope.baselines(project.access(project.pm()))).extracting(BaselineSummary::number,
                BaselineSummary::changeRequestKey).containsExactly(tuple(3, "CR-003"), tuple(2, "CR-001"),
                tuple(1, null));
    }

    @Test
    void theAuthorWithdrawsASubmittedRequest() {
        int number = changeRequests.submit(project.access(project.consultant()), draft(ChangeItem.add(OCR)));

        assertThatThrownBy(() -> changeRequests.withdraw(project.access(project.pm()), number))
                .isInstanceOf(ForbiddenException.class);
        changeRequests.withdraw(project.access(project.consultant()), number);

        assertThat(changeRequests.list(project.access(project.customer()))).singleElement()
                .extracting(ChangeRequestSummary::status).isEqualTo(ChangeRequestStatus.WITHDRAWN);
        assertThatThrownBy(() -> changeRequests.decide(project.access(project.pm()), number, true, null))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("changeRequest.notSubmitted"));
    }

    @Test
    void aRequestMustChangeSomethingInTheSignedScope() {
        assertThatThrownBy(() -> changeRequests.submit(project.access(project.pm()), draft()))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("changeRequest.empty"));
        assertThatThrownBy(() -> changeRequests.submit(project.access(project.pm()), draft(ChangeItem.remove(budget))))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("changeRequest.item.notInScope"));
        assertThatThrownBy(() -> changeRequests.submit(project.access(project.pm()),
                draft(ChangeItem.remove(mobile), ChangeItem.remove(mobile))))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("changeRequest.item.duplicate"));
        assertThatThrownBy(() -> changeRequests.submit(project.access(project.pm()), draft(ChangeItem.change(mobile,
                new RequirementContent("移动端审批", "移动端审批的说明", "费用报销", Priority.MUST, "移动端审批可验收")))))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("changeRequest.item.unchanged"));
        assertThatThrownBy(() -> changeRequests.submit(project.access(project.pm()), draft(ChangeItem.add(
                new RequirementContent(" ", null, null, Priority.MUST, null)))))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("changeRequest.item.title"));
        assertThatThrownBy(() -> changeRequests.submit(project.access(project.pm()), new ChangeRequestDraft("t", "r",
                0, BigDecimal.ZERO, null, List.of(), Map.of(ScopeSection.RISKS, ScopeTestData.STATEMENT.risks()))))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("changeRequest.section.unchanged"));
        assertThatThrownBy(() -> changeRequests.submit(project.access(project.pm()), new ChangeRequestDraft("t", " ",
                0, BigDecimal.ZERO, null, List.of(ChangeItem.add(OCR)), Map.of())))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThat(changeRequests.list(project.access(project.pm()))).isEmpty();
    }

    @Test
    void aFailureWhileApplyingLeavesNothingHalfApplied() {
        RequirementContent changed = new RequirementContent("移动端审批 V2", null, "费用报销", Priority.MUST, null);
        int number = changeRequests.submit(project.access(project.pm()),
                draft(ChangeItem.change(mobile, changed), ChangeItem.add(OCR)));
        changeRequests.decide(project.access(project.customer()), number, true, null);
        // The next requirement number now collides with REQ-001: adding the new requirement fails after the
        // change to REQ-001 has been made in memory.
        jdbc.sql("UPDATE requirement_counter SET last_number = 0 WHERE project_id = ?").param(project.id()).update();

        assertThatThrownBy(() -> changeRequests.decide(project.access(project.pm()), number, true, null))
                .isInstanceOf(RuntimeException.class);

        assertThat(data.load(mobile).getTitle()).isEqualTo("移动端审批");
        assertThat(data.load(mobile).getChanges()).isEmpty();
        assertThat(requirements.findByProjectIdOrderByNumber(project.id())).hasSize(3);
        assertThat(scope.baselines(project.access(project.pm()))).hasSize(1);
        ChangeRequestDetail detail = changeRequests.detail(project.access(project.pm()), number);
        assertThat(detail.summary().status()).isEqualTo(ChangeRequestStatus.SUBMITTED);
        assertThat(detail.summary().implementer()).isNull();
        assertThat(detail.summary().customer()).isNotNull();
    }

    @Test
    void aSignedBaselineStaysAsSignedWhenAChangeRequestMovesTheScopeOn() {
        BaselineDetail v1 = scope.baseline(project.access(project.pm()), 1);

        approveBoth(changeRequests.submit(project.access(project.pm()), new ChangeRequestDraft("调整", "原因", 3,
                BigDecimal.TEN, null, List.of(ChangeItem.add(OCR), ChangeItem.remove(mobile)),
                Map.of(ScopeSection.RISKS, "新风险"))));

        assertThat(scope.baseline(project.access(project.pm()), 1)).isEqualTo(v1);
        assertThat(scope.baseline(project.access(project.pm()), 2).sections().risks()).isEqualTo("新风险");
    }

    @Test
    void theExcelExportIsRecorded() {
        changeRequests.submit(project.access(project.pm()), draft(ChangeItem.add(OCR)));

        ExportedFile file = changeRequests.export(project.access(project.customer()), "FIN",
                java.util.Locale.SIMPLIFIED_CHINESE);

        assertThat(file.filename()).isEqualTo("FIN 变更申请.xlsx");
        assertThat(audit.search(new AuditQuery(AuditAction.EXPORT, project.id(), null), 0, 10).getContent())
                .extracting(AuditEvent::getDetail).containsExactly("change requests as Excel");
    }

    private void approveBoth(int number) {
        changeRequests.decide(project.access(project.pm()), number, true, null);
        changeRequests.decide(project.access(project.customer()), number, true, null);
    }

    private static ChangeRequestDraft draft(ChangeItem... items) {
        return new ChangeRequestDraft("变更", "客户业务调整", 2, new BigDecimal("5000"), null, List.of(items), Map.of());
    }
}
