package io.luodi.requirements.scope;

import io.luodi.core.user.CurrentUser;

import java.time.Instant;

/** Who signed or decided for a side, when, and what they said. */
public record Signer(SignatureSide side, long userId, String name, Instant at, String comment) {

    static Signer of(SignatureSide side, CurrentUser user, Instant at, String comment) {
        return new Signer(side, user.id(), user.displayName(), at, comment);
    }
}
