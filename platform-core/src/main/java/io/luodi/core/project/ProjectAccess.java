package io.luodi.core.project;

import io.luodi.core.user.CurrentUser;

/**
 * Proof that a user may see a project, with what else they may do in it. Only {@link ProjectAccessPolicy} makes
 * one, so a service method that takes it cannot be called for a project the user may not see.
 */
public final class ProjectAccess {

    private final long projectId;
    private final CurrentUser user;
    private final ProjectRole role;

    ProjectAccess(long projectId, CurrentUser user, ProjectRole role) {
        this.projectId = projectId;
        this.user = user;
        this.role = role;
    }

    public long projectId() {
        return projectId;
    }

    public CurrentUser user() {
        return user;
    }

    /** The user's role in the project, or {@code null} for an administrator or customer who is not a member. */
    public ProjectRole role() {
        return role;
    }

    /** Administrators and the project's managers change the project's set-up. */
    public boolean canManage() {
        return user.isAdmin() || role == ProjectRole.PROJECT_MANAGER;
    }

    /** Internal notes and fields are for the implementer's side only. */
    public boolean seesInternal() {
        return user.role().isInternal();
    }
}
