package io.luodi.requirements.scope;

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
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/** One side's approval or rejection of a change request. Written once. */
@Entity
@Immutable
@Table(name = "change_request_decision")
class ChangeRequestDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "change_request_id")
    private ChangeRequest changeRequest;

    @Enumerated(EnumType.STRING)
    private SignatureSide side;

    private long userId;

    private String deciderName;

    private boolean approved;

    private String comment;

    private Instant decidedAt;

    protected ChangeRequestDecision() {
    }

    ChangeRequestDecision(ChangeRequest changeRequest, Signer decider, boolean approved) {
        this.changeRequest = changeRequest;
        this.side = decider.side();
        this.userId = decider.userId();
        this.deciderName = decider.name();
        this.approved = approved;
        this.comment = decider.comment();
        this.decidedAt = decider.at();
    }

    Signer toSigner() {
        return new Signer(side, userId, deciderName, decidedAt, comment);
    }

    SignatureSide getSide() {
        return side;
    }

    boolean isApproved() {
        return approved;
    }
}
