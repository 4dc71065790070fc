package io.luodi.requirements.scope;

import java.time.Instant;

/** A baseline in the list: its number and status, who signed it for each side, and the change that made it. */
public record BaselineSummary(int number, BaselineStatus status, String createdBy, Instant createdAt,
                              Instant signedAt, Integer changeRequestNumber, Signer implementer, Signer customer) {

    public String label() {
        return "v" + number;
    }

    public String changeRequestKey() {
        return changeRequestNumber == null ? null : ChangeRequest.key(changeRequestNumber);
    }

    public Signer signature(SignatureSide side) {
        return side == SignatureSide.IMPLEMENTER ? implementer : customer;
    }

    public boolean isAwaiting() {
        return status == BaselineStatus.AWAITING_SIGNATURES;
    }

    public boolean isSigned() {
        return status == BaselineStatus.SIGNED;
    }
}
