package io.luodi.support.improvement;

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

import java.time.Instant;

/** One move of an improvement's status, with who made it and why. Never changed once written. */
@Entity
@Table(name = "improvement_status_change")
class ImprovementStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "improvement_id")
    private Improvement improvement;

    @Enumerated(EnumType.STRING)
    private ImprovementStatus fromStatus;

    @Enumerated(EnumType.STRING)
    private ImprovementStatus toStatus;

    private String reason;

    private String changedBy;

    private Instant changedAt;

    protected ImprovementStatusChange() {
    }

    ImprovementStatusChange(Improvement improvement, ImprovementStatus fromStatus, ImprovementStatus toStatus,
                            String reason, String changedBy, Instant changedAt) {
        this.improvement = improvement;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.reason = reason;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    ImprovementStatus getFromStatus() {
        return fromStatus;
    }

    ImprovementStatus getToStatus() {
        return toStatus;
    }

    String getReason() {
        return reason;
    }

    String getChangedBy() {
        return changedBy;
    }

    Instant getChangedAt() {
        return changedAt;
    }
}
