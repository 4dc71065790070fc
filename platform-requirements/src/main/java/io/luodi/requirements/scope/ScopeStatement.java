package io.luodi.requirements.scope;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A project's scope statement as it stands: the draft before sign-off, and after it the statement of the latest
 * signed baseline, which only approved change requests move.
 */
@Entity
@Table(name = "scope_statement")
class ScopeStatement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long projectId;

    private String objectives;

    private String deliverables;

    private String milestones;

    private String assumptions;

    private String constraints;

    private String risks;

    private String acceptanceCriteria;

    private String updatedBy;

    private Instant updatedAt;

    @Version
    private long version;

    protected ScopeStatement() {
    }

    static ScopeStatement write(long projectId, ScopeSections sections, String actor, Instant now) {
        ScopeStatement statement = new ScopeStatement();
        statement.projectId = projectId;
        statement.assign(sections, actor, now);
        return statement;
    }

    /** Rewrites the sections; returns those that changed, and touches nothing when none did. */
    List<ScopeSection> revise(ScopeSections next, String actor, Instant now) {
        ScopeSections before = sections();
        List<ScopeSection> changed = Arrays.stream(ScopeSection.values())
                .filter(s -> !java.util.Objects.equals(s.in(before), s.in(next)))
                .toList();
        if (!changed.isEmpty()) {
            assign(next, actor, now);
        }
        return changed;
    }

    ScopeSections sections() {
        return new ScopeSections(objectives, deliverables, milestones, assumptions, constraints, risks,
                acceptanceCriteria);
    }

    private void assign(ScopeSections sections, String actor, Instant now) {
        this.objectives = sections.objectives();
        this.deliverables = sections.deliverables();
        this.milestones = sections.milestones();
        this.assumptions = sections.assumptions();
        this.constraints = sections.constraints();
        this.risks = sections.risks();
        this.acceptanceCriteria = sections.acceptanceCriteria();
        this.updatedBy = actor;
        this.updatedAt = now;
    }

    Long getId() {
        return id;
    }

    long getProjectId() {
        return projectId;
    }

    String getUpdatedBy() {
        return updatedBy;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    long getVersion() {
        return version;
    }
}
