package io.luodi.support.improvement;

import io.luodi.core.organisation.OrganisationKind;

import java.time.Instant;

/** A row of the improvement backlog. */
public record ImprovementSummary(long id, String title, ImprovementCategory category, ImprovementStatus status,
                                 String raisedByName, OrganisationKind raisedBySide, Instant raisedAt,
                                 String targetRelease, int votes, boolean votedByMe) {

    public VoteView vote() {
        return new VoteView(id, votes, votedByMe, !status.isClosed());
    }
}
