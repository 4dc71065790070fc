package io.luodi.requirements.requirement;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Where a requirement came from: exactly one survey answer, pain point or meeting decision. */
@Entity
@Table(name = "requirement_source")
public class RequirementSource {

    public enum Kind {
        ANSWER, PAIN_POINT, DECISION
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "requirement_id")
    private Requirement requirement;

    private Long answerId;

    private Long painPointId;

    private Long decisionId;

    protected RequirementSource() {
    }

    RequirementSource(Requirement requirement, Kind kind, long sourceId) {
        this.requirement = requirement;
        switch (kind) {
            case ANSWER -> this.answerId = sourceId;
            case PAIN_POINT -> this.painPointId = sourceId;
            case DECISION -> this.decisionId = sourceId;
        }
    }

    public Kind kind() {
        return answerId != null ? Kind.ANSWER : painPointId != null ? Kind.PAIN_POINT : Kind.DECISION;
    }

    public long sourceId() {
        return answerId != null ? answerId : painPointId != null ? painPointId : decisionId;
    }

    public Long getId() {
        return id;
    }
}
