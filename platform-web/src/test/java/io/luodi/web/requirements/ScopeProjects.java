package io.luodi.web.requirements;

import io.luodi.core.project.MemberForm;
import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectAccessPolicy;
import io.luodi.core.project.ProjectDetails;
import io.luodi.core.project.ProjectManagement;
import io.luodi.core.project.ProjectRole;
import io.luodi.core.project.ProjectStatus;
import io.luodi.core.project.SystemType;
import io.luodi.core.user.CurrentUser;
import io.luodi.core.user.Role;
import io.luodi.core.user.UserAccount;
import io.luodi.core.user.UserManagement;
import io.luodi.core.project.ProjectNumbers;
import io.luodi.requirements.numbering.RequirementCounters;
import io.luodi.requirements.requirement.Priority;
import io.luodi.requirements.requirement.Requirement;
import io.luodi.requirements.requirement.RequirementContent;
import io.luodi.requirements.requirement.RequirementFields;
import io.luodi.requirements.requirement.RequirementRepository;
import io.luodi.requirements.requirement.RequirementStatus;
import io.luodi.requirements.scope.ScopeManagement;
import io.luodi.requirements.scope.ScopeSections;
import io.luodi.web.TestData;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fresh project for scope tests, on fresh accounts so the demo users' views stay as the demo data made them: a
 * project manager, a consultant, a user of the project's customer, a user of another customer, and two
 * requirements in scope and one out of it.
 */
@Component
public class ScopeProjects {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final TestData testData;
    private final ProjectManagement projects;
    private final ProjectAccessPolicy accessPolicy;
    private final RequirementRepository requirements;
    private final ProjectNumbers numbers;
    private final TransactionTemplate transaction;
    private final ScopeManagement scope;
    private final UserManagement users;

    ScopeProjects(TestData testData, ProjectManagement projects, ProjectAccessPolicy accessPolicy,
                  RequirementRepository requirements, ProjectNumbers numbers, TransactionTemplate transaction,
                  ScopeManagement scope, UserManagement users) {
        this.testData = testData;
        this.projects = projects;
        this.accessPolicy = accessPolicy;
        this.requirements = requirements;
        this.numbers = numbers;
        this.transaction = transaction;
        this.scope = scope;
        this.users = users;
    }

    public record ScopeProject(long id, String code, String pm, String consultant, String customer,
                               String otherCustomer) {
    }

    public ScopeProject create() {
        long customerOrganisation = testData.customerOrganisation();
        UserAccount pm = testData.user(Role.PM, null);
        UserAccount consultant = testData.user(Role.CONSULTANT, null);
        UserAccount customer = testData.user(Role.CUSTOMER, customerOrganisation);
        UserAccount otherCustomer = testData.user(Role.CUSTOMER, testData.customerOrganisation());
        String code = "SC" + (SEQUENCE.incrementAndGet() * 1000 + System.nanoTime() % 1000);
        CurrentUser manager = CurrentUser.of(pm);
        long id = projects.create(manager, new ProjectDetails(code, "库存管理系统实施 " + code, null,
                customerOrganisation, SystemType.ERP, ProjectStatus.ACTIVE, LocalDate.of(2026, 9, 1),
                LocalDate.of(2027, 3, 1)));
        var access = accessPolicy.requireManager(manager, id);
        projects.addMember(access, new MemberForm(consultant.getId(), ProjectRole.CONSULTANT));
        projects.addMember(access, new MemberForm(customer.getId(), ProjectRole.CUSTOMER_SPONSOR));
        requirement(id, "批次管理", "入库时记录批次号和有效期", RequirementStatus.ACCEPTED, true);
        requirement(id, "条码扫描出库", "仓库用 PDA 扫码出库", RequirementStatus.ACCEPTED, true);
        requirement(id, "供应商门户", "供应商自助对账", RequirementStatus.DEFERRED, false);
        return new ScopeProject(id, code, pm.getUsername(), consultant.getUsername(), customer.getUsername(),
                otherCustomer.getUsername());
    }

    /** A fresh project whose scope v1 both sides have signed. */
    public ScopeProject signedOff() {
        ScopeProject project = create();
        scope.saveStatement(access(project, project.pm()), new ScopeSections("上线库存与仓储模块。", "操作手册",
                "12 月 1 日上线", null, null, "PDA 到货延迟", "库存准确率 99%"), null);
        int number = scope.putUpForSignature(access(project, project.pm()));
        scope.sign(access(project, project.pm()), number, null);
        scope.sign(access(project, project.customer()), number, null);
        return project;
    }

    /** The id of the project's requirement with the given number (REQ-001 is 1). */
    public long requirementId(ScopeProject project, int number) {
        return requirements.findByProjectIdOrderByNumber(project.id()).stream()
                .filter(r -> r.getNumber() == number).findFirst().orElseThrow().getId();
    }

    public ProjectAccess access(ScopeProject project, String username) {
        return accessPolicy.require(CurrentUser.of(users.findByUsername(username).orElseThrow()), project.id());
    }

    private void requirement(long projectId, String title, String description, RequirementStatus status,
                             boolean inScope) {
        transaction.executeWithoutResult(tx -> requirements.save(Requirement.create(projectId,
                numbers.next(RequirementCounters.REQUIREMENT, projectId),
                new RequirementFields(new RequirementContent(title, description, "仓储", Priority.MUST,
                        title + "验收通过"), status, inScope, "内部：" + title), "tester", Instant.now())));
    }
}
