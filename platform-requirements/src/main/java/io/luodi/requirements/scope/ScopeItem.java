package io.luodi.requirements.scope;

import io.luodi.requirements.requirement.Priority;
import io.luodi.requirements.requirement.Requirement;

/**
 * A requirement as a scope shows it: live on the statement page, or frozen in a baseline. {@code inScope} is the
 * scope decision (in scope and not rejected), not the raw flag.
 */
public record ScopeItem(long requirementId, int number, String title, String description, String category,
                        Priority priority, boolean inScope, String acceptanceCriteria) {

    public String key() {
        return Requirement.key(number);
    }

    static ScopeItem of(Requirement requirement) {
        return new ScopeItem(requirement.getId(), requirement.getNumber(), requirement.getTitle(),
                requirement.getDescription(), requirement.getCategory(), requirement.getPriority(),
                ScopeRules.inScope(requirement), requirement.getAcceptanceCriteria());
    }
}
