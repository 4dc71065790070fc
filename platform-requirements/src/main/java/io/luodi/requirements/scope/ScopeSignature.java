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

/** One side's signature on a baseline. Written once. */
@Entity
@Immutable
@Table(name = "scope_signature")
class ScopeSignature {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "baseline_id")
    private ScopeBaseline baseline;

    @Enumerated(EnumType.STRING)
    private SignatureSide side;

    private long userId;

    private String signerName;

    private Instant signedAt;

    private String comment;

    protected ScopeSignature() {
    }

    ScopeSignature(ScopeBaseline baseline, Signer signer) {
        this.baseline = baseline;
        this.side = signer.side();
        this.userId = signer.userId();
        this.signerName = signer.name();
        this.signedAt = signer.at();
        this.comment = signer.comment();
    }

    Signer toSigner() {
        return new Signer(side, userId, signerName, signedAt, comment);
    }

    SignatureSide getSide() {
        return side;
    }
}
