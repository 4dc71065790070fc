package io.luodi.requirements.scope;

import java.util.List;

/**
 * A change request in full: what it changes, shown against the baseline it was raised on, why, and what it costs.
 *
 * @param latestNumber the latest signed baseline; when it is not the request's base, the request is stale and can
 *                     no longer be approved
 */
public record ChangeRequestDetail(ChangeRequestSummary summary, String reason, String impactRisk,
                                  List<ItemView> items, List<ScopeComparison.SectionChange> sections,
                                  int latestNumber) {

    public boolean isStale() {
        return summary.isSubmitted() && latestNumber != summary.baseNumber();
    }

    /**
     * One item: for a change, the requirement as the base baseline holds it and the field-by-field changes; for a
     * removal, the requirement as it was; for an addition, the new content (and its key once approved).
     */
    public record ItemView(int position, ChangeAction action, String requirementKey, ScopeItem before,
                           ChangeItem proposed, List<ScopeComparison.FieldChange> fields) {
    }
}
