package io.luodi.core.project;

import io.luodi.core.NotFoundException;
import io.luodi.core.ForbiddenException;
import io.luodi.core.audit.AuditAction;
import io.luodi.core.audit.AuditLog;
import io.luodi.core.audit.AuditQuery;
import io.luodi.core.organisation.Organisation;
import io.luodi.core.organisation.OrganisationDetails;
import io.luodi.core.organisation.OrganisationKind;
import io.luodi.core.organisation.OrganisationManagement;
import io.luodi.core.user.CurrentUser;
import io.luodi.core.user.NewUser;
import io.luodi.core.user.Role;
import io.luodi.core.user.UserManagement;
import io.luodi.testsupport.WithPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@WithPostgres
class ProjectAccessPolicyTests {

    @Autowired
    OrganisationManagement organisations;
    @Autowired
    UserManagement users;
    @Autowired
    ProjectManagement projects;
    @Autowired
    ProjectAccessPolicy policy;
    @Autowired
    AuditLog audit;

    CurrentUser admin;
    CurrentUser pm;
    CurrentUser consultant;
    CurrentUser outsider;
    CurrentUser hospitalCustomer;
    CurrentUser factoryCustomer;
    long hospitalProject;
    long factoryProject;

    @BeforeEach
    void setUp() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        Organisation implementer = organisations.create(new OrganisationDetails("impl-" + run, "实施方", OrganisationKind.IMPLEMENTER));
        Organisation hospital = organisations.create(new OrganisationDetails("hosp-" + run, "市第一人民医院", OrganisationKind.CUSTOMER));
        Organisation factory = organisations.create(new OrganisationDetails("fact-" + run, "华东精密制造", OrganisationKind.CUSTOMER));
        admin = user("admin-" + run, Role.ADMIN, implementer);
        pm = user("pm-" + run, Role.PM, implementer);
        consultant = user("cons-" + run, Role.CONSULTANT, implementer);
        outsider = user("out-" + run, Role.CONSULTANT, implementer);
        hospitalCustomer = user("hc-" + run, Role.CUSTOMER, hospital);
        factoryCustomer = user("fc-" + run, Role.CUSTOMER, factory);
        hospitalProject = projects.create(pm, details("H" + run.toUpperCase().replaceAll("[^A-Z0-9]", "X").substring(0, 5), hospital));
        factoryProject = projects.create(admin, details("F" + run.toUpperCase().replaceAll("[^A-Z0-9]", "X").substring(0, 5), factory));
        projects.addMember(policy.require(pm, hospitalProject), new MemberForm(consultant.id(), ProjectRole.CONSULTANT));
    }

    private CurrentUser user(String username, Role role, Organisation organisation) {
        return CurrentUser.of(users.create(new NewUser(username, "用户 " + username, null, role,
                organisation.getId(), "secret-password")));
    }

    private static ProjectDetails details(String code, Organisation customer) {
        return new ProjectDetails(code, "项目 " + code, null, customer.getId(), SystemType.HIS,
                ProjectStatus.ACTIVE, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 9, 1));
    }

    @Test
    void eachRoleSeesExactlyItsProjects() {
        assertThat(policy.visibleProjectIds(admin)).contains(hospitalProject, factoryProject);
        assertThat(policy.visibleProjectIds(pm)).containsExactly(hospitalProject);
        assertThat(policy.visibleProjectIds(consultant)).containsExactly(hospitalProject);
        assertThat(policy.visibleProjectIds(outsider)).isEmpty();
        assertThat(policy.visibleProjectIds(hospitalCustomer)).containsExactly(hospitalProject);
        assertThat(policy.visibleProjectIds(factoryCustomer)).containsExactly(factoryProject);
    }

    @Test
    void anotherOrganisationsProjectIsNotFoundAndTheAttemptIsAudited() {
        assertThatThrownBy(() -> policy.require(hospitalCustomer, factoryProject))
                .isInstanceOf(NotFoundException.class);

        assertThat(audit.search(new AuditQuery(AuditAction.ACCESS_DENIED, null, hospitalCustomer.username()), 0, 10))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.getEntityId()).isEqualTo(String.valueOf(factoryProject));
                    assertThat(event.getRemoteAddress()).isEqualTo("192.0.2.1");
                });
    }

    @Test
    void aProjectThatDoesNotExistLooksTheSameAsOneThatIsNotYours() {
        assertThatThrownBy(() -> policy.require(hospitalCustomer, Long.MAX_VALUE))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyAdministratorsAndProjectManagersManage() {
        assertThat(policy.requireManager(pm, hospitalProject).canManage()).isTrue();
        assertThat(policy.requireManager(admin, hospitalProject).canManage()).isTrue();
        assertThatThrownBy(() -> policy.requireManager(consultant, hospitalProject))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> policy.requireManager(hospitalCustomer, hospitalProject))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void customersDoNotSeeInternalPhaseNotes() {
        projects.planPhase(policy.require(pm, hospitalProject), Phase.DATA_MIGRATION,
                new PhasePlan(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 1), "客户数据质量差，需预留清洗时间"));

        assertThat(projects.overview(policy.require(consultant, hospitalProject))
                .phase(Phase.DATA_MIGRATION).internalNote()).isEqualTo("客户数据质量差，需预留清洗时间");
        assertThat(projects.overview(policy.require(hospitalCustomer, hospitalProject))
                .phase(Phase.DATA_MIGRATION).internalNote()).isNull();
    }

    @Test
    void aProjectManagerReviewsTheAuditTrailOfTheProjectsTheyManage() {
        assertThat(policy.auditableProjectIds(pm)).containsExactly(hospitalProject);
        assertThat(policy.auditableProjectIds(consultant)).isEmpty();
        assertThat(audit.searchWithin(policy.auditableProjectIds(pm), new AuditQuery(null, null, null), 0, 50))
                .isNotEmpty()
                .allMatch(event -> event.getProjectId() == hospitalProject);
    }
}
