package io.luodi.support.improvement;

import io.luodi.core.organisation.OrganisationKind;

import java.time.Instant;
import java.util.List;

/**
 * An improvement with its votes and status history.
 *
 * @param internalNote null unless the reader is on the implementer's side
 */
public record ImprovementDetail(long id, String title, String description, ImprovementCategory category,
                                ImprovementStatus status, String declineReason, String targetRelease,
                                String internalNote, String raisedByName, OrganisationKind raisedBySide,
                                Instant raisedAt, Instant doneAt, long version, VoteView vote,
                                List<StatusChangeView> history) {

    public record StatusChangeView(ImprovementStatus from, ImprovementStatus to, String reason, String by,
                                   Instant at) {
    }

    public ImprovementForm toForm() {
        return new ImprovementForm(title, description, category, targetRelease, internalNote, version);
    }

    public StatusChangeForm toStatusForm() {
        return new StatusChangeForm(status.next().stream().findFirst().orElse(status), null, targetRelease,
                version);
    }
}
