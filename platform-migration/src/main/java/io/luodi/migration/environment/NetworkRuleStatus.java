package io.luodi.migration.environment;

import java.util.Set;

/**
 * A firewall rule's way from being asked for to being proven: requested of the customer's network team, opened
 * by them, verified by a probe or by hand. A rule found closed again goes back to requested.
 */
public enum NetworkRuleStatus {
    REQUESTED, OPENED, VERIFIED;

    public Set<NetworkRuleStatus> next() {
        return switch (this) {
            case REQUESTED -> Set.of(OPENED, VERIFIED);
            case OPENED -> Set.of(VERIFIED, REQUESTED);
            case VERIFIED -> Set.of(REQUESTED);
        };
    }
}
