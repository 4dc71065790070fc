package io.luodi.core.testing;

import io.luodi.core.organisation.Organisation;
import io.luodi.core.organisation.OrganisationDetails;
import io.luodi.core.organisation.OrganisationKind;
import io.luodi.core.organisation.OrganisationManagement;
import io.luodi.core.project.MemberForm;
import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectAccessPolicy;
import io.luodi.core.project.ProjectDetails;
import io.luodi.core.project.ProjectManagement;
import io.luodi.core.project.ProjectRole;
import io.luodi.core.project.ProjectStatus;
import io.luodi.core.project.SystemType;
import io.luodi.core.user.CurrentUser;
import io.luodi.core.user.NewUser;
import io.luodi.core.user.Role;
import io.luodi.core.user.UserManagement;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fresh project per test, made through the core services: an implementer with a PM and a consultant on the
 * project, a consultant who is not, the project's customer with a user, and a user of another customer.
 */
@Component
public class ProjectFixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final OrganisationManagement organisations;
    private final UserManagement users;
    private final ProjectManagement projects;
    private final ProjectAccessPolicy accessPolicy;

    ProjectFixture(OrganisationManagement organisations, UserManagement users, ProjectManagement projects,
                   ProjectAccessPolicy accessPolicy) {
        this.organisations = organisations;
        this.users = users;
        this.projects = projects;
        this.accessPolicy = accessPolicy;
    }

    public record TestProject(long id, CurrentUser admin, CurrentUser pm, CurrentUser consultant,
                              CurrentUser outsider, CurrentUser customer, CurrentUser otherCustomer,
                              ProjectAccessPolicy accessPolicy) {

        public ProjectAccess access(CurrentUser user) {
            return accessPolicy.require(user, id);
        }
    }

    public TestProject create() {
        int n = SEQUENCE.incrementAndGet() + (int) (System.nanoTime() % 100_000);
        Organisation implementer = organisation("IMP" + n, OrganisationKind.IMPLEMENTER);
        Organisation customer = organisation("CUS" + n, OrganisationKind.CUSTOMER);
        Organisation otherCustomer = organisation("OTH" + n, OrganisationKind.CUSTOMER);
        CurrentUser admin = user("admin" + n, Role.ADMIN, implementer);
        CurrentUser pm = user("pm" + n, Role.PM, implementer);
        CurrentUser consultant = user("consultant" + n, Role.CONSULTANT, implementer);
        CurrentUser outsider = user("outsider" + n, Role.CONSULTANT, implementer);
        CurrentUser customerUser = user("customer" + n, Role.CUSTOMER, customer);
        CurrentUser otherCustomerUser = user("other" + n, Role.CUSTOMER, otherCustomer);
        long projectId = projects.create(pm, new ProjectDetails("P" + n, "测试项目 " + n, null, customer.getId(),
                SystemType.FINANCE, ProjectStatus.ACTIVE, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 12, 1)));
        ProjectAccess managerAccess = accessPolicy.requireManager(pm, projectId);
        projects.addMember(managerAccess, new MemberForm(consultant.id(), ProjectRole.CONSULTANT));
        projects.addMember(managerAccess, new MemberForm(customerUser.id(), ProjectRole.CUSTOMER_SPONSOR));
        return new TestProject(projectId, admin, pm, consultant, outsider, customerUser, otherCustomerUser,
                accessPolicy);
    }

    private Organisation organisation(String code, OrganisationKind kind) {
        return organisations.create(new OrganisationDetails(code, code + " 有限公司", kind));
    }

    private CurrentUser user(String username, Role role, Organisation organisation) {
        return CurrentUser.of(users.create(new NewUser(username, username + " 用户", null, role, organisation.getId(),
                "password-" + username)));
    }
}
