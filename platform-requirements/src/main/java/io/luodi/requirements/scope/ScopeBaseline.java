package io.luodi.requirements.scope;

import io.luodi.core.BusinessRuleException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.OptimisticLock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A numbered, frozen copy of the scope statement and the requirements: put up for signature, signed once both
 * sides have signed, and from then on never changed. A baseline a change request produces is signed at birth by
 * the two approvals of that request.
 */
@Entity
@Table(name = "scope_baseline")
class ScopeBaseline {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private long projectId;

    @Column(updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    private BaselineStatus status;

    @Column(updatable = false)
    private Long changeRequestId;

    @Column(updatable = false)
    private String objectives;

    @Column(updatable = false)
    private String deliverables;

    @Column(updatable = false)
    private String milestones;

    @Column(updatable = false)
    private String assumptions;

    @Column(updatable = false)
    private String constraints;

    @Column(updatable = false)
    private String risks;

    @Column(updatable = false)
    private String acceptanceCriteria;

    @Column(updatable = false)
    private String createdBy;

    @Column(updatable = false)
    private Instant createdAt;

    private Instant signedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "baseline", cascade = CascadeType.PERSIST)
    @OrderBy("requirementNumber")
    @OptimisticLock(excluded = true)
    private List<ScopeBaselineItem> items = new ArrayList<>();

    /** Lists show both signatures of every baseline: fetched for many baselines at once. */
    @OneToMany(mappedBy = "baseline", cascade = CascadeType.PERSIST)
    @OrderBy("side")
    @OptimisticLock(excluded = true)
    @BatchSize(size = 50)
    private List<ScopeSignature> signatures = new ArrayList<>();

    protected ScopeBaseline() {
    }

    private ScopeBaseline(long projectId, int number, ScopeSections sections, List<ScopeItem> snapshot,
                          String createdBy, Instant now) {
        this.projectId = projectId;
        this.number = number;
        this.objectives = sections.objectives();
        this.deliverables = sections.deliverables();
        this.milestones = sections.milestones();
        this.assumptions = sections.assumptions();
        this.constraints = sections.constraints();
        this.risks = sections.risks();
        this.acceptanceCriteria = sections.acceptanceCriteria();
        this.createdBy = createdBy;
        this.createdAt = now;
        snapshot.forEach(item -> items.add(new ScopeBaselineItem(this, item)));
    }

    /** Freezes the statement and requirements as they are, for both sides to sign. */
    static ScopeBaseline forSignature(long projectId, int number, ScopeSections sections, List<ScopeItem> snapshot,
                                      String createdBy, Instant now) {
        ScopeBaseline baseline = new ScopeBaseline(projectId, number, sections, snapshot, createdBy, now);
        baseline.status = BaselineStatus.AWAITING_SIGNATURES;
        return baseline;
    }

    /** The baseline an approved change request produces, signed by the two approvals. */
    static ScopeBaseline signedByChange(long projectId, int number, long changeRequestId, ScopeSections sections,
                                        List<ScopeItem> snapshot, Signer implementer, Signer customer,
                                        String createdBy, Instant now) {
        if (implementer.side() != SignatureSide.IMPLEMENTER || customer.side() != SignatureSide.CUSTOMER) {
            throw new IllegalArgumentException("one signer per side");
        }
        ScopeBaseline baseline = new ScopeBaseline(projectId, number, sections, snapshot, createdBy, now);
        baseline.changeRequestId = changeRequestId;
        baseline.status = BaselineStatus.SIGNED;
        baseline.signatures.add(new ScopeSignature(baseline, implementer));
        baseline.signatures.add(new ScopeSignature(baseline, customer));
        baseline.signedAt = now;
        return baseline;
    }

    /**
     * Signs for one side; the second side's signature makes the baseline signed.
     *
     * @return whether the baseline is now signed
     */
    boolean sign(Signer signer) {
        if (status != BaselineStatus.AWAITING_SIGNATURES) {
            throw new BusinessRuleException("scope.baseline.notAwaiting", number);
        }
        if (signature(signer.side()).isPresent()) {
            throw new BusinessRuleException("scope.baseline.alreadySigned", number);
        }
        signatures.add(new ScopeSignature(this, signer));
        if (signature(SignatureSide.IMPLEMENTER).isPresent() && signature(SignatureSide.CUSTOMER).isPresent()) {
            status = BaselineStatus.SIGNED;
            signedAt = signer.at();
            return true;
        }
        return false;
    }

    /** Takes a baseline back before both sides have signed it. */
    void withdraw() {
        if (status != BaselineStatus.AWAITING_SIGNATURES) {
            throw new BusinessRuleException("scope.baseline.notAwaiting", number);
        }
        status = BaselineStatus.WITHDRAWN;
    }

    Optional<ScopeSignature> signature(SignatureSide side) {
        return signatures.stream().filter(s -> s.getSide() == side).findFirst();
    }

    ScopeSections sections() {
        return new ScopeSections(objectives, deliverables, milestones, assumptions, constraints, risks,
                acceptanceCriteria);
    }

    List<ScopeItem> snapshot() {
        return items.stream().map(ScopeBaselineItem::toItem).toList();
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

    BaselineStatus getStatus() {
        return status;
    }

    Long getChangeRequestId() {
        return changeRequestId;
    }

    String getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getSignedAt() {
        return signedAt;
    }

    List<ScopeSignature> getSignatures() {
        return Collections.unmodifiableList(signatures);
    }
}
