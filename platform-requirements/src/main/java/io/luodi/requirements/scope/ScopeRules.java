package io.luodi.requirements.scope;

import io.luodi.requirements.requirement.Requirement;
import io.luodi.requirements.requirement.RequirementStatus;

/** What counts as in scope. */
final class ScopeRules {

    private ScopeRules() {
    }

    /** A requirement is in scope when it is marked so and has not been rejected. */
    static boolean inScope(Requirement requirement) {
        return requirement.isInScope() && requirement.getStatus() != RequirementStatus.REJECTED;
    }
}
