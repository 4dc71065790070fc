package io.luodi.requirements.scope;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.ForbiddenException;
import io.luodi.core.NotFoundException;
import io.luodi.core.audit.AuditAction;
import io.luodi.core.audit.AuditLog;
import io.luodi.core.audit.AuditQuery;
import io.luodi.core.export.ExportedFile;
import io.luodi.core.testing.ProjectFixture.TestProject;
import io.luodi.core.testing.ProjectFixture;
import io.luodi.requirements.requirement.RequirementStatus;
import io.luodi.testsupport.WithPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@WithPostgres
class ScopeManagementTests {

    @Autowired
    ProjectFixture fixture;
    @Autowired
    ScopeTestData data;
    @Autowired
    ScopeManagement scope;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;

    TestProject project;
    long mobile;
    long invoice;
    long rejected;

    @BeforeEach
    void freshProject() {
        project = fixture.create();
        mobile = data.requirement(project.id(), "移动端审批", RequirementStatus.ACCEPTED, true);
        invoice = data.requirement(project.id(), "电子发票查验", RequirementStatus.PROPOSED, true);
        rejected = data.requirement(project.id(), "旧系统报表迁移", RequirementStatus.REJECTED, true);
        data.requirement(project.id(), "预算控制", RequirementStatus.DEFERRED, false);
    }

    @Test
    void theStatementListsRequirementsInScopeAndOutOfScope() {
        scope.saveStatement(project.access(project.pm()), ScopeTestData.STATEMENT, null);

        ScopeOverview overview = scope.overview(project.access(project.customer()));

        assertThat(overview.statement().sections()).isEqualTo(ScopeTestData.STATEMENT);
        assertThat(overview.inScope()).extracting(ScopeItem::key).containsExactly("REQ-001", "REQ-002");
        assertThat(overview.outOfScope()).extracting(ScopeItem::key).containsExactly("REQ-003", "REQ-004");
        assertThat(overview.baselines()).isEmpty();
    }

    @Test
    void onlyManagersEditTheStatementAndAStaleVersionIsRefused() {
        assertThatThrownBy(() -> scope.saveStatement(project.access(project.consultant()), ScopeTestData.STATEMENT, null))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> scope.saveStatement(project.access(project.customer()), ScopeTestData.STATEMENT, null))
                .isInstanceOf(ForbiddenException.class);

        scope.saveStatement(project.access(project.pm()), ScopeTestData.STATEMENT, null);
        long version = scope.statement(project.access(project.pm())).version();
        scope.saveStatement(project.access(project.admin()), ScopeTestData.STATEMENT.with(ScopeSection.RISKS, "人员流动"),
                version);

        assertThatThrownBy(() -> scope.saveStatement(project.access(project.pm()),
                ScopeTestData.STATEMENT.with(ScopeSection.RISKS, "需求蔓延"), version))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("scope.statement.stale"));
        assertThat(scope.statement(project.access(project.consultant())).sections().risks()).isEqualTo("人员流动");
    }

    @Test
    void puttingUpForSignatureFreezesTheStatementAndEveryRequirement() {
        scope.saveStatement(project.access(project.pm()), ScopeTestData.STATEMENT, null);

        int number = scope.putUpForSignature(project.access(project.pm()));

        BaselineDetail baseline = scope.baseline(project.access(project.customer()), number);
        assertThat(number).isEqualTo(1);
        assertThat(baseline.summary().status()).isEqualTo(BaselineStatus.AWAITING_SIGNATURES);
        assertThat(baseline.sections()).isEqualTo(ScopeTestData.STATEMENT);
        assertThat(baseline.inScope()).extracting(ScopeItem::title).containsExactly("移动端审批", "电子发票查验");
        assertThat(baseline.outOfScope()).extracting(ScopeItem::title).containsExactly("旧系统报表迁移", "预算控制");
        assertThatThrownBy(() -> scope.saveStatement(project.access(project.pm()), ScopeSections.EMPTY, 0L))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("scope.statement.awaiting"));
    }

    @Test
    void nothingIsPutUpWithoutAStatementOrWithoutAnythingInScope() {
        assertThatThrownBy(() -> scope.putUpForSignature(project.access(project.pm())))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("scope.baseline.noStatement"));
        TestProject empty = fixture.create();
        scope.saveStatement(empty.access(empty.pm()), ScopeTestData.STATEMENT, null);
        assertThatThrownBy(() -> scope.putUpForSignature(empty.access(empty.pm())))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("scope.baseline.nothingInScope"));
        assertThatThrownBy(() -> scope.putUpForSignature(project.access(project.consultant())))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void bothSidesSignAndTheBaselineIsSigned() {
        int number = frozen();

        boolean afterCustomer = scope.sign(project.access(project.customer()), number, "同意");
        boolean afterImplementer = scope.sign(project.access(project.pm()), number, null);

        BaselineSummary signed = scope.baseline(project.access(project.consultant()), number).summary();
        assertThat(afterCustomer).isFalse();
        assertThat(afterImplementer).isTrue();
        assertThat(signed.status()).isEqualTo(BaselineStatus.SIGNED);
        assertThat(signed.signedAt()).isNotNull();
        assertThat(signed.customer().name()).isEqualTo(project.customer().displayName());
        assertThat(signed.customer().comment()).isEqualTo("同意");
        assertThat(signed.implementer().name()).isEqualTo(project.pm().displayName());
        assertThat(scope.isSignedOff(project.access(project.customer()))).isTrue();
        assertThat(audit.search(new AuditQuery(AuditAction.UPDATE, project.id(), null), 0, 50).getContent())
                .extracting(e -> e.getDetail())
                .contains("v1 signed for the CUSTOMER side by " + project.customer().username(),
                        "v1 signed for the IMPLEMENTER side by " + project.pm().username(), "v1 SIGNED by both sides");
    }

    @Test
    void consultantsSignForNobodyAndEachSideSignsOnce() {
        int number = frozen();

        assertThatThrownBy(() -> scope.sign(project.access(project.consultant()), number, null))
                .isInstanceOf(ForbiddenException.class);
        scope.sign(project.access(project.customer()), number, null);
        assertThatThrownBy(() -> scope.sign(project.access(project.customer()), number, null))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("scope.baseline.alreadySigned"));
        assertThat(scope.baseline(project.access(project.pm()), number).summary().status())
                .isEqualTo(BaselineStatus.AWAITING_SIGNATURES);
    }

    @Test
    void aCustomerOfAnotherOrganisationAndAnOutsiderDoNotSeeTheProject() {
        frozen();

        assertThatThrownBy(() -> project.access(project.otherCustomer())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> project.access(project.outsider())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> scope.baseline(project.access(project.pm()), 7)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anotherProjectsBaselineIsNotFound() {
        frozen();
        TestProject other = fixture.create();

        assertThatThrownBy(() -> scope.sign(other.access(other.pm()), 1, null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> scope.baseline(other.access(other.customer()), 1))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyOneBaselineAwaitsSignaturesAndAWithdrawnOneKeepsItsNumber() {
        int first = frozen();
        assertThatThrownBy(() -> scope.putUpForSignature(project.access(project.pm())))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("scope.baseline.alreadyAwaiting"));
        assertThatThrownBy(() -> scope.withdraw(project.access(project.customer()), first))
                .isInstanceOf(ForbiddenException.class);

        scope.sign(project.access(project.customer()), first, null);
        scope.withdraw(project.access(project.pm()), first);
        scope.saveStatement(project.access(project.pm()), ScopeTestData.STATEMENT.with(ScopeSection.MILESTONES,
                "7 月 15 日上线"), scope.statement(project.access(project.pm())).version());
        int second = scope.putUpForSignature(project.access(project.pm()));

        assertThat(scope.baselines(project.access(project.pm()))).extracting(BaselineSummary::number,
                BaselineSummary::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, BaselineStatus.AWAITING_SIGNATURES),
                org.assertj.core.groups.Tuple.tuple(1, BaselineStatus.WITHDRAWN));
        assertThat(second).isEqualTo(2);
        assertThatThrownBy(() -> scope.sign(project.access(project.pm()), first, null))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("scope.baseline.notAwaiting"));
    }

    @Test
    void theDatabaseAllowsOnlyOneBaselineAwaitingSignatures() {
        frozen();

        assertThatThrownBy(() -> jdbc.sql("INSERT INTO scope_baseline (project_id, number, status, created_by, "
                        + "created_at) VALUES (?, 9, 'AWAITING_SIGNATURES', 'rogue', now())")
                .param(project.id()).update())
                .hasMessageContaining("scope_baseline_one_awaiting");
    }

    @Test
    void aSignedBaselineNeverChanges() {
        int number = frozen();
        scope.sign(project.access(project.customer()), number, null);
        scope.sign(project.access(project.pm()), number, null);
        BaselineDetail signed = scope.baseline(project.access(project.pm()), number);

        assertThatThrownBy(() -> scope.withdraw(project.access(project.pm()), number))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("scope.baseline.notAwaiting"));
        assertThatThrownBy(() -> scope.sign(project.access(project.admin()), number, null))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> scope.saveStatement(project.access(project.pm()), ScopeSections.EMPTY,
                scope.statement(project.access(project.pm())).version()))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("scope.statement.signedOff"));
        assertThatThrownBy(() -> scope.putUpForSignature(project.access(project.pm())))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("scope.baseline.signedOff"));
        // Editing a requirement afterwards leaves the frozen copy alone.
        jdbc.sql("UPDATE requirement SET title = '改过的标题' WHERE id = ?").param(mobile).update();
        // Whatever code runs against the database, the signed rows refuse to change.
        assertThatThrownBy(() -> jdbc.sql("UPDATE scope_baseline SET objectives = 'x' WHERE project_id = ? AND number = ?")
                .param(project.id()).param(number).update()).hasMessageContaining("is signed and never changes");
        assertThatThrownBy(() -> jdbc.sql("UPDATE scope_baseline SET status = 'WITHDRAWN' WHERE project_id = ?")
                .param(project.id()).update()).hasMessageContaining("is signed and never changes");
        assertThatThrownBy(() -> jdbc.sql("UPDATE scope_baseline_item SET title = 'x' WHERE requirement_id = ?")
                .param(mobile).update()).hasMessageContaining("never changed");
        assertThatThrownBy(() -> jdbc.sql("UPDATE scope_signature SET signer_name = 'x' WHERE baseline_id IN "
                        + "(SELECT id FROM scope_baseline WHERE project_id = ?)")
                .param(project.id()).update()).hasMessageContaining("never changed");

        assertThat(scope.baseline(project.access(project.pm()), number)).isEqualTo(signed);
        assertThat(scope.overview(project.access(project.pm())).inScope()).extracting(ScopeItem::title)
                .contains("改过的标题");
    }

    @Test
    void compareShowsWhatChangedBetweenTwoBaselines() {
        int first = frozen();
        scope.withdraw(project.access(project.pm()), first);
        scope.saveStatement(project.access(project.pm()), ScopeTestData.STATEMENT.with(ScopeSection.MILESTONES,
                "7 月 15 日上线"), scope.statement(project.access(project.pm())).version());
        jdbc.sql("UPDATE requirement SET in_scope = false WHERE id = ?").param(invoice).update();
        int second = scope.putUpForSignature(project.access(project.pm()));

        ScopeComparison comparison = scope.compare(project.access(project.customer()), first, second);

        assertThat(comparison.removed()).extracting(ScopeItem::key).containsExactly("REQ-002");
        assertThat(comparison.added()).isEmpty();
        assertThat(comparison.sections()).extracting(ScopeComparison.SectionChange::section)
                .containsExactly(ScopeSection.MILESTONES);
    }

    @Test
    void aWordExportIsRecordedInTheAuditTrail() {
        int number = frozen();

        ExportedFile draft = scope.exportDraft(project.access(project.customer()), java.util.Locale.SIMPLIFIED_CHINESE);
        ExportedFile baseline = scope.exportBaseline(project.access(project.pm()), number, java.util.Locale.ENGLISH);

        assertThat(draft.filename()).endsWith(".docx").contains("项目范围说明书", "草稿");
        assertThat(baseline.filename()).contains("Project Scope Statement v1");
        assertThat(audit.search(new AuditQuery(AuditAction.EXPORT, project.id(), null), 0, 10).getContent())
                .extracting(e -> e.getDetail()).contains("draft as Word", "v1 as Word");
    }

    private int frozen() {
        scope.saveStatement(project.access(project.pm()), ScopeTestData.STATEMENT, null);
        return scope.putUpForSignature(project.access(project.pm()));
    }
}
