package io.luodi.core.project;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.ForbiddenException;
import io.luodi.core.audit.AuditAction;
import io.luodi.core.audit.AuditLog;
import io.luodi.core.organisation.Organisation;
import io.luodi.core.organisation.OrganisationKind;
import io.luodi.core.organisation.OrganisationManagement;
import io.luodi.core.user.CurrentUser;
import io.luodi.core.user.Role;
import io.luodi.core.user.UserAccount;
import io.luodi.core.user.UserManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Projects, their phases and members. Every method takes proof of access from {@link ProjectAccessPolicy}. */
@Service
@Transactional(readOnly = true)
public class ProjectManagement {

    private final ProjectRepository projects;
    private final ProjectAccessPolicy accessPolicy;
    private final OrganisationManagement organisations;
    private final UserManagement users;
    private final AuditLog audit;
    private final Clock clock;

    ProjectManagement(ProjectRepository projects, ProjectAccessPolicy accessPolicy,
                      OrganisationManagement organisations, UserManagement users, AuditLog audit, Clock clock) {
        this.projects = projects;
        this.accessPolicy = accessPolicy;
        this.organisations = organisations;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    public List<ProjectSummary> visibleTo(CurrentUser user) {
        List<Long> ids = accessPolicy.visibleProjectIds(user);
        return ids.isEmpty() ? List.of() : projects.findSummaries(ids);
    }

    public ProjectOverview overview(ProjectAccess access) {
        Project project = load(access);
        Organisation customer = organisations.get(project.getCustomerOrganisationId());
        List<ProjectOverview.PhaseView> phases = project.getPhases().stream()
                .map(p -> new ProjectOverview.PhaseView(p.getPhase(), p.getStatus(), p.getPlannedStart(),
                        p.getPlannedEnd(), p.getActualStart(), p.getActualEnd(),
                        access.seesInternal() ? p.getInternalNote() : null))
                .toList();
        Map<Long, UserAccount> accounts = users.byIds(project.getMembers().stream()
                .map(ProjectMember::getUserId).toList());
        List<ProjectOverview.MemberView> members = project.getMembers().stream()
                .map(m -> new ProjectOverview.MemberView(m.getUserId(), accounts.get(m.getUserId()).getUsername(),
                        accounts.get(m.getUserId()).getDisplayName(), m.getProjectRole()))
                .sorted(Comparator.comparing(ProjectOverview.MemberView::role)
                        .thenComparing(ProjectOverview.MemberView::displayName))
                .toList();
        return new ProjectOverview(summary(project, customer), project.getDescription(), project.getVersion(),
                project.getCustomerOrganisationId(), phases, members);
    }

    /** Administrators and project managers open projects; a PM who opens one becomes its manager. */
    @Transactional
    public long create(CurrentUser creator, ProjectDetails details) {
        if (creator.role() != Role.ADMIN && creator.role() != Role.PM) {
            throw new ForbiddenException("creating projects");
        }
        requireUniqueCode(details.code(), null);
        requireCustomer(details.customerOrganisationId());
        Project project = Project.open(details);
        if (creator.role() == Role.PM) {
            project.addMember(creator.id(), ProjectRole.PROJECT_MANAGER);
        }
        projects.save(project);
        audit.record(AuditAction.CREATE, "project", project.getId(), project.getId(),
                project.getCode() + " " + project.getName());
        return project.getId();
    }

    @Transactional
    public void update(ProjectAccess access, ProjectDetails details) {
        requireManager(access);
        requireUniqueCode(details.code(), access.projectId());
        requireCustomer(details.customerOrganisationId());
        Project project = load(access);
        project.update(details);
        audit.record(AuditAction.UPDATE, "project", project.getId(), project.getId(),
                project.getCode() + " " + project.getStatus());
    }

    @Transactional
    public void planPhase(ProjectAccess access, Phase phase, PhasePlan plan) {
        requireManager(access);
        load(access).planPhase(phase, plan.plannedStart(), plan.plannedEnd(), plan.internalNote());
        audit.record(AuditAction.UPDATE, "phase", phase, access.projectId(),
                phase + " planned " + plan.plannedStart() + ".." + plan.plannedEnd());
    }

    /** Records that a phase started on a day up to today (work often begins before anyone clicks). */
    @Transactional
    public void startPhase(ProjectAccess access, Phase phase, LocalDate on) {
        requireManager(access);
        load(access).startPhase(phase, notInTheFuture(on));
        audit.record(AuditAction.UPDATE, "phase", phase, access.projectId(), phase + " started " + on);
    }

    /** Records that a phase finished on a day up to today. */
    @Transactional
    public void completePhase(ProjectAccess access, Phase phase, LocalDate on) {
        requireManager(access);
        load(access).completePhase(phase, notInTheFuture(on));
        audit.record(AuditAction.UPDATE, "phase", phase, access.projectId(), phase + " completed " + on);
    }

    @Transactional
    public void reopenPhase(ProjectAccess access, Phase phase) {
        requireManager(access);
        load(access).reopenPhase(phase);
        audit.record(AuditAction.UPDATE, "phase", phase, access.projectId(), phase + " reopened");
    }

    /** Users who could join the project: active implementer staff, and the customer's own users. */
    public List<UserAccount> candidateMembers(ProjectAccess access) {
        Project project = load(access);
        return users.all().stream()
                .filter(UserAccount::isEnabled)
                .filter(u -> u.getRole().isInternal()
                        || u.getOrganisationId().equals(project.getCustomerOrganisationId()))
                .filter(u -> project.member(u.getId()).isEmpty())
                .toList();
    }

    @Transactional
    public void addMember(ProjectAccess access, MemberForm form) {
        requireManager(access);
        Project project = load(access);
        UserAccount user = users.get(form.userId());
        requireFits(project, user, form.role());
        project.addMember(user.getId(), form.role());
        audit.record(AuditAction.CREATE, "member", user.getUsername(), project.getId(),
                user.getUsername() + " as " + form.role());
    }

    @Transactional
    public void changeMemberRole(ProjectAccess access, MemberForm form) {
        requireManager(access);
        Project project = load(access);
        UserAccount user = users.get(form.userId());
        requireFits(project, user, form.role());
        project.changeMemberRole(user.getId(), form.role());
        audit.record(AuditAction.UPDATE, "member", user.getUsername(), project.getId(),
                user.getUsername() + " as " + form.role());
    }

    @Transactional
    public void removeMember(ProjectAccess access, long userId) {
        requireManager(access);
        Project project = load(access);
        project.removeMember(userId);
        audit.record(AuditAction.DELETE, "member", users.get(userId).getUsername(), project.getId(), null);
    }

    private Project load(ProjectAccess access) {
        return projects.findById(access.projectId()).orElseThrow();
    }

    private static void requireManager(ProjectAccess access) {
        if (!access.canManage()) {
            throw new ForbiddenException("managing project " + access.projectId());
        }
    }

    private void requireUniqueCode(String code, Long exceptId) {
        boolean taken = exceptId == null ? projects.existsByCode(code) : projects.existsByCodeAndIdNot(code, exceptId);
        if (taken) {
            throw BusinessRuleException.onField("code", "project.code.taken", code);
        }
    }

    private void requireCustomer(long organisationId) {
        if (organisations.get(organisationId).getKind() != OrganisationKind.CUSTOMER) {
            throw BusinessRuleException.onField("customerOrganisationId", "project.customer.kind");
        }
    }

    private static void requireFits(Project project, UserAccount user, ProjectRole role) {
        if (!user.isEnabled() || user.getRole().organisationKind() != role.side()) {
            throw BusinessRuleException.onField("role", "member.role.side");
        }
        if (role.side() == OrganisationKind.CUSTOMER
                && !user.getOrganisationId().equals(project.getCustomerOrganisationId())) {
            throw BusinessRuleException.onField("userId", "member.other.customer");
        }
    }

    private LocalDate notInTheFuture(LocalDate on) {
        if (on.isAfter(LocalDate.now(clock))) {
            throw BusinessRuleException.onField("on", "phase.date.future");
        }
        return on;
    }

    private static ProjectSummary summary(Project project, Organisation customer) {
        return new ProjectSummary(project.getId(), project.getCode(), project.getName(), customer.getName(),
                project.getSystemType(), project.getStatus(), project.getStartDate(), project.getPlannedGoLive());
    }
}
