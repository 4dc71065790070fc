package io.luodi.requirements.scope;

import io.luodi.core.BusinessRuleException;
import jakarta.persistence.CascadeType;
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

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request to change a signed scope ({@code CR-001}), raised against one signed baseline. Each side approves or
 * rejects it once: one rejection rejects it, two approvals approve it, and the approval is applied to the
 * requirements and produces the next baseline in the same transaction.
 */
@Entity
@Table(name = "change_request")
class ChangeRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long projectId;

    private int number;

    private String title;

    private String reason;

    private int impactDays;

    private BigDecimal impactCost;

    private String impactRisk;

    @Enumerated(EnumType.STRING)
    private ChangeRequestStatus status;

    private long baseBaselineId;

    private Long resultBaselineId;

    private String createdBy;

    private Instant createdAt;

    private Instant decidedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "changeRequest", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<ChangeRequestItem> items = new ArrayList<>();

    @OneToMany(mappedBy = "changeRequest", cascade = CascadeType.PERSIST)
    @OrderBy("section")
    private List<ChangeRequestSection> sections = new ArrayList<>();

    /** Lists show both sides' decisions of every request: fetched for many requests at once. */
    @OneToMany(mappedBy = "changeRequest", cascade = CascadeType.PERSIST)
    @BatchSize(size = 50)
    private List<ChangeRequestDecision> decisions = new ArrayList<>();

    protected ChangeRequest() {
    }

    static ChangeRequest submit(long projectId, int number, long baseBaselineId, ChangeRequestDraft draft,
                                String createdBy, Instant now) {
        ChangeRequest request = new ChangeRequest();
        request.projectId = projectId;
        request.number = number;
        request.title = draft.title().strip();
        request.reason = draft.reason().strip();
        request.impactDays = draft.impactDays();
        request.impactCost = draft.impactCost() == null ? BigDecimal.ZERO : draft.impactCost();
        request.impactRisk = ScopeSections.clean(draft.impactRisk());
        request.status = ChangeRequestStatus.SUBMITTED;
        request.baseBaselineId = baseBaselineId;
        request.createdBy = createdBy;
        request.createdAt = now;
        for (int i = 0; i < draft.items().size(); i++) {
            request.items.add(new ChangeRequestItem(request, i + 1, draft.items().get(i)));
        }
        for (Map.Entry<ScopeSection, String> section : draft.sections().entrySet()) {
            request.sections.add(new ChangeRequestSection(request, section.getKey(), section.getValue()));
        }
        return request;
    }

    public static String key(int number) {
        return "CR-%03d".formatted(number);
    }

    String key() {
        return key(number);
    }

    /**
     * Records one side's decision.
     *
     * @return the request's status afterwards: still submitted, rejected, or approved (both sides approved)
     */
    ChangeRequestStatus decide(Signer decider, boolean approved) {
        requireSubmitted();
        if (decision(decider.side()).isPresent()) {
            throw new BusinessRuleException("changeRequest.alreadyDecided", key());
        }
        decisions.add(new ChangeRequestDecision(this, decider, approved));
        if (!approved) {
            status = ChangeRequestStatus.REJECTED;
            decidedAt = decider.at();
        } else if (decision(SignatureSide.IMPLEMENTER).isPresent() && decision(SignatureSide.CUSTOMER).isPresent()) {
            status = ChangeRequestStatus.APPROVED;
            decidedAt = decider.at();
        }
        return status;
    }

    /** Records what the approval produced: the next baseline, and the requirements the additions created. */
    void applied(long resultBaselineId, Map<Integer, Long> createdRequirements) {
        if (status != ChangeRequestStatus.APPROVED || this.resultBaselineId != null) {
            throw new IllegalStateException(key() + " is " + status);
        }
        this.resultBaselineId = resultBaselineId;
        items.stream().filter(i -> i.getAction() == ChangeAction.ADD)
                .forEach(i -> i.created(createdRequirements.get(i.getPosition())));
    }

    void withdraw() {
        requireSubmitted();
        status = ChangeRequestStatus.WITHDRAWN;
    }

    private void requireSubmitted() {
        if (status != ChangeRequestStatus.SUBMITTED) {
            throw new BusinessRuleException("changeRequest.notSubmitted", key());
        }
    }

    Optional<ChangeRequestDecision> decision(SignatureSide side) {
        return decisions.stream().filter(d -> d.getSide() == side).findFirst();
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

    String getReason() {
        return reason;
    }

    int getImpactDays() {
        return impactDays;
    }

    BigDecimal getImpactCost() {
        return impactCost;
    }

    String getImpactRisk() {
        return impactRisk;
    }

    ChangeRequestStatus getStatus() {
        return status;
    }

    long getBaseBaselineId() {
        return baseBaselineId;
    }

    Long getResultBaselineId() {
        return resultBaselineId;
    }

    String getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }

    List<ChangeRequestItem> getItems() {
        return Collections.unmodifiableList(items);
    }

    List<ChangeRequestSection> getSections() {
        return Collections.unmodifiableList(sections);
    }

    List<ChangeRequestDecision> getDecisions() {
        return Collections.unmodifiableList(decisions);
    }
}
