package io.luodi.migration.probe;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One run of a probe, from queued to its outcome; kept as evidence for the items its findings set. */
@Entity
@Table(name = "probe_run")
class ProbeRun {

    private static final int MAX_DETAIL = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long projectId;

    private long environmentId;

    private Long componentId;

    private Long networkRuleId;

    @Enumerated(EnumType.STRING)
    private ProbeKind kind;

    private String target;

    @Enumerated(EnumType.STRING)
    private ProbeStatus status;

    private String messageCode;

    private String messageDetail;

    private String startedBy;

    private Instant queuedAt;

    private Instant startedAt;

    private Instant finishedAt;

    protected ProbeRun() {
    }

    ProbeRun(long projectId, long environmentId, Long componentId, Long networkRuleId, ProbeKind kind, String target,
             String startedBy, Instant queuedAt) {
        this.projectId = projectId;
        this.environmentId = environmentId;
        this.componentId = componentId;
        this.networkRuleId = networkRuleId;
        this.kind = kind;
        this.target = target;
        this.startedBy = startedBy;
        this.queuedAt = queuedAt;
        this.status = ProbeStatus.QUEUED;
    }

    void start(Instant at) {
        status = ProbeStatus.RUNNING;
        startedAt = at;
    }

    /** Records the outcome unless the run already ended (a timeout is not overwritten by a late answer). */
    boolean finish(ProbeStatus to, String code, String detail, Instant at) {
        if (status.finished()) {
            return false;
        }
        status = to;
        messageCode = code;
        messageDetail = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
        finishedAt = at;
        return true;
    }

    Long getId() {
        return id;
    }

    long getProjectId() {
        return projectId;
    }

    long getEnvironmentId() {
        return environmentId;
    }

    Long getComponentId() {
        return componentId;
    }

    Long getNetworkRuleId() {
        return networkRuleId;
    }

    ProbeKind getKind() {
        return kind;
    }

    String getTarget() {
        return target;
    }

    ProbeStatus getStatus() {
        return status;
    }

    String getMessageCode() {
        return messageCode;
    }

    String getMessageDetail() {
        return messageDetail;
    }

    String getStartedBy() {
        return startedBy;
    }

    Instant getQueuedAt() {
        return queuedAt;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    Instant getFinishedAt() {
        return finishedAt;
    }
}
