package io.luodi.core.project;

import io.luodi.core.ForbiddenException;
import io.luodi.core.NotFoundException;
import io.luodi.core.audit.AuditAction;
import io.luodi.core.audit.AuditLog;
import io.luodi.core.user.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * The one place that decides who sees which project. Administrators see every project; project managers and
 * consultants the projects they are members of; customer users the projects of their own organisation. A project
 * a user may not see does not exist for them: every check answers 404 and leaves an audit event.
 */
@Service
@Transactional(readOnly = true)
public class ProjectAccessPolicy {

    private final ProjectRepository projects;
    private final AuditLog audit;

    ProjectAccessPolicy(ProjectRepository projects, AuditLog audit) {
        this.projects = projects;
        this.audit = audit;
    }

    public List<Long> visibleProjectIds(CurrentUser user) {
        return switch (user.role()) {
            case ADMIN -> projects.findAllIds();
            case PM, CONSULTANT -> projects.findIdsByMember(user.id());
            case CUSTOMER -> projects.findIdsByCustomer(user.organisationId());
        };
    }

    /** Projects whose audit trail the user may review: all for administrators, those they manage for PMs. */
    public List<Long> auditableProjectIds(CurrentUser user) {
        return switch (user.role()) {
            case ADMIN -> projects.findAllIds();
            case PM -> projects.findIdsByMemberRole(user.id(), ProjectRole.PROJECT_MANAGER);
            case CONSULTANT, CUSTOMER -> List.of();
        };
    }

    public Optional<ProjectAccess> find(CurrentUser user, long projectId) {
        Optional<Project> project = projects.findById(projectId);
        if (project.isEmpty()) {
            return Optional.empty();
        }
        ProjectRole role = project.get().member(user.id()).map(ProjectMember::getProjectRole).orElse(null);
        boolean visible = switch (user.role()) {
            case ADMIN -> true;
            case PM, CONSULTANT -> role != null;
            case CUSTOMER -> project.get().getCustomerOrganisationId() == user.organisationId();
        };
        return visible ? Optional.of(new ProjectAccess(projectId, user, role)) : Optional.empty();
    }

    /** Access to a project the user may see; anything else is a 404, recorded as a denied access. */
    public ProjectAccess require(CurrentUser user, long projectId) {
        return find(user, projectId).orElseThrow(() -> {
            audit.recordSecurityEvent(AuditAction.ACCESS_DENIED, user.username(), "project", projectId, null,
                    "project not visible to " + user.role());
            return new NotFoundException("project " + projectId);
        });
    }

    /** Access for changing the project's set-up: administrators and the project's managers. */
    public ProjectAccess requireManager(CurrentUser user, long projectId) {
        ProjectAccess access = require(user, projectId);
        if (!access.canManage()) {
            audit.recordSecurityEvent(AuditAction.ACCESS_DENIED, user.username(), "project", projectId, projectId,
                    "manage refused for " + user.role());
            throw new ForbiddenException("managing project " + projectId);
        }
        return access;
    }
}
