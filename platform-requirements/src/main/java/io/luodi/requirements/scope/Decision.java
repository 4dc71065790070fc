package io.luodi.requirements.scope;

import java.time.Instant;

/** One side's decision on a change request. */
public record Decision(SignatureSide side, String name, boolean approved, String comment, Instant at) {

    static Decision of(ChangeRequestDecision decision) {
        Signer signer = decision.toSigner();
        return new Decision(signer.side(), signer.name(), decision.isApproved(), signer.comment(), signer.at());
    }
}
