package io.luodi.core.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;

/** One line of the audit trail; written once, never changed. */
@Entity
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant occurredAt;

    private String actor;

    @Enumerated(EnumType.STRING)
    private AuditAction action;

    private String entityType;

    private String entityId;

    private Long projectId;

    private String detail;

    private String remoteAddress;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, String actor, AuditAction action, String entityType, String entityId,
               Long projectId, String detail, String remoteAddress) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.projectId = projectId;
        this.detail = detail;
        this.remoteAddress = remoteAddress;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public Long getProjectId() {
        return projectId;
    }

    public String getDetail() {
        return detail;
    }

    public String getRemoteAddress() {
        return remoteAddress;
    }
}
