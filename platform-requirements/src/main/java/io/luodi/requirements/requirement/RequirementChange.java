package io.luodi.requirements.requirement;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One field of a requirement changed: who, when, the old and the new value, and what caused it when something
 * did (a meeting decision, a change request). Values are stored as text: enum names, {@code true}/{@code false}.
 * Written once, never changed.
 */
@Entity
@Table(name = "requirement_change")
public class RequirementChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "requirement_id")
    private Requirement requirement;

    private Instant changedAt;

    private String changedBy;

    private String field;

    private String oldValue;

    private String newValue;

    private String cause;

    protected RequirementChange() {
    }

    RequirementChange(Requirement requirement, Instant changedAt, String changedBy, RequirementField field,
                      String oldValue, String newValue, String cause) {
        this.requirement = requirement;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.field = field.name();
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.cause = cause;
    }

    public Long getId() {
        return id;
    }

    public Requirement getRequirement() {
        return requirement;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public RequirementField getField() {
        return RequirementField.valueOf(field);
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }

    public String getCause() {
        return cause;
    }
}
