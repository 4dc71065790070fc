package io.luodi.support.ticket;

import io.luodi.support.sla.PolicyKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A support ticket. Its status moves only through {@link #moveTo}; the SLA clocks follow the moves in
 * {@code TicketClocks}. The root cause is an internal field: customers never see it.
 */
@Entity
@Table(name = "ticket")
class Ticket {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long projectId;

    private int number;

    private String title;

    private String description;

    @Enumerated(EnumType.STRING)
    private TicketType type;

    @Enumerated(EnumType.STRING)
    private Severity severity;

    private String module;

    private String environment;

    @Enumerated(EnumType.STRING)
    private TicketStatus status;

    @Enumerated(EnumType.STRING)
    private TicketSource source;

    private Long reporterId;

    private String reporterName;

    private Long assigneeId;

    @Enumerated(EnumType.STRING)
    private PolicyKind policyKind;

    private String rootCause;

    private String alertFingerprint;

    private Instant createdAt;

    private Instant updatedAt;

    private Instant firstRespondedAt;

    private Instant resolvedAt;

    private Instant closedAt;

    @Version
    private long version;

    protected Ticket() {
    }

    Ticket(long projectId, int number, TicketSource source, Long reporterId, String reporterName,
           PolicyKind policyKind, Instant now) {
        this.projectId = projectId;
        this.number = number;
        this.source = source;
        this.reporterId = reporterId;
        this.reporterName = reporterName;
        this.policyKind = policyKind;
        this.status = TicketStatus.NEW;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Moves to another status; the caller has checked the move is allowed for the actor. */
    void moveTo(TicketStatus next, Instant now) {
        if (next == TicketStatus.RESOLVED) {
            resolvedAt = now;
        } else if (next == TicketStatus.CLOSED) {
            closedAt = now;
        } else if (status.isDone()) {
            resolvedAt = null;
            closedAt = null;
        }
        if (next != TicketStatus.NEW && next != TicketStatus.WAITING_FOR_CUSTOMER && firstRespondedAt == null) {
            firstRespondedAt = now;
        }
        status = next;
        updatedAt = now;
    }

    /** The implementer's side answered the customer for the first time (a public reply or an acknowledgement). */
    boolean respond(Instant now) {
        updatedAt = now;
        if (firstRespondedAt != null) {
            return false;
        }
        firstRespondedAt = now;
        return true;
    }

    void touch(Instant now) {
        updatedAt = now;
    }

    void describe(String title, String description, TicketType type, String module, String environment) {
        this.title = title;
        this.description = description;
        this.type = type;
        this.module = module;
        this.environment = environment;
    }

    void setSeverity(Severity severity) {
        this.severity = severity;
    }

    void setAssigneeId(Long assigneeId) {
        this.assigneeId = assigneeId;
    }

    void setRootCause(String rootCause) {
        this.rootCause = rootCause;
    }

    /** Marks the ticket as the one open ticket of a monitoring alert (a unique index keeps it the only one). */
    void setAlertFingerprint(String alertFingerprint) {
        this.alertFingerprint = alertFingerprint;
    }

    void setVersion(long version) {
        this.version = version;
    }

    Long getId() {
        return id;
    }

    long getProjectId() {
        return projectId;
    }

    int getNumber() {
        return number;
    }

    String getTitle() {
        return title;
    }

    String getDescription() {
        return description;
    }

    TicketType getType() {
        return type;
    }

    Severity getSeverity() {
        return severity;
    }

    String getModule() {
        return module;
    }

    String getEnvironment() {
        return environment;
    }

    TicketStatus getStatus() {
        return status;
    }

    TicketSource getSource() {
        return source;
    }

    Long getReporterId() {
        return reporterId;
    }

    String getReporterName() {
        return reporterName;
    }

    Long getAssigneeId() {
        return assigneeId;
    }

    PolicyKind getPolicyKind() {
        return policyKind;
    }

    String getRootCause() {
        return rootCause;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    Instant getFirstRespondedAt() {
        return firstRespondedAt;
    }

    Instant getResolvedAt() {
        return resolvedAt;
    }

    Instant getClosedAt() {
        return closedAt;
    }

    long getVersion() {
        return version;
    }
}
