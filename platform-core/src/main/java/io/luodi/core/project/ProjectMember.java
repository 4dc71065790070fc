package io.luodi.core.project;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A user's membership of a project; the user is referenced by id. */
@Entity
@Table(name = "project_member")
public class ProjectMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    private Project project;

    private Long userId;

    @Enumerated(EnumType.STRING)
    private ProjectRole projectRole;

    protected ProjectMember() {
    }

    ProjectMember(Project project, long userId, ProjectRole projectRole) {
        this.project = project;
        this.userId = userId;
        this.projectRole = projectRole;
    }

    void changeRole(ProjectRole projectRole) {
        this.projectRole = projectRole;
    }

    public Long getUserId() {
        return userId;
    }

    public ProjectRole getProjectRole() {
        return projectRole;
    }
}
