package io.luodi.web;

import io.luodi.core.organisation.OrganisationDetails;
import io.luodi.core.organisation.OrganisationKind;
import io.luodi.core.organisation.OrganisationManagement;
import io.luodi.core.project.ProjectManagement;
import io.luodi.core.project.ProjectSummary;
import io.luodi.core.user.CurrentUser;
import io.luodi.core.user.NewUser;
import io.luodi.core.user.Role;
import io.luodi.core.user.UserAccount;
import io.luodi.core.user.UserManagement;
import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh organisations and users for tests that change who sees what, so that the demo accounts' views, which
 * the browser tests check exactly, stay as the demo data set made them.
 */
@Component
public class TestData {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final OrganisationManagement organisations;
    private final UserManagement users;
    private final ProjectManagement projects;

    TestData(OrganisationManagement organisations, UserManagement users, ProjectManagement projects) {
        this.organisations = organisations;
        this.users = users;
        this.projects = projects;
    }

    /** The id of a demo project (HIS, FIN or LIS). */
    public long demoProjectId(String code) {
        return projects.visibleTo(CurrentUser.of(users.findByUsername("admin").orElseThrow())).stream()
                .filter(p -> p.code().equals(code)).mapToLong(ProjectSummary::id).findFirst().orElseThrow();
    }

    public long customerOrganisation() {
        int n = SEQUENCE.incrementAndGet();
        return organisations.create(new OrganisationDetails("cust-" + n + "-" + System.nanoTime() % 100000,
                "测试客户 " + n, OrganisationKind.CUSTOMER)).getId();
    }

    /** A user with the demo password, in the demo implementer for internal roles or the given organisation. */
    public UserAccount user(Role role, Long customerOrganisation) {
        long organisation = role.isInternal()
                ? users.findByUsername("admin").orElseThrow().getOrganisationId() : customerOrganisation;
        String username = role.name().toLowerCase() + "-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
        return users.createWithFinalPassword(new NewUser(username, "测试 " + username, null, role, organisation,
                DemoUsers.PASSWORD));
    }
}
