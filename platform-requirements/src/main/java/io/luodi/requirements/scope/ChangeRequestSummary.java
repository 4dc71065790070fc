package io.luodi.requirements.scope;

import java.math.BigDecimal;
import java.time.Instant;

/** A change request in the list and the export. */
public record ChangeRequestSummary(int number, String title, ChangeRequestStatus status, int impactDays,
                                   BigDecimal impactCost, String createdBy, Instant createdAt, Instant decidedAt,
                                   int baseNumber, Integer resultNumber, Decision implementer, Decision customer) {

    public String key() {
        return ChangeRequest.key(number);
    }

    public Decision decision(SignatureSide side) {
        return side == SignatureSide.IMPLEMENTER ? implementer : customer;
    }

    public boolean isSubmitted() {
        return status == ChangeRequestStatus.SUBMITTED;
    }
}
