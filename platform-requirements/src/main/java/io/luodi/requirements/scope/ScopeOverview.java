package io.luodi.requirements.scope;

import java.util.List;
import java.util.Set;

/**
 * A project's scope page: the statement, the requirements in and out of scope as they stand, every baseline
 * (newest first) and which requirements the latest signed baseline holds in scope.
 */
public record ScopeOverview(StatementView statement, List<ScopeItem> inScope, List<ScopeItem> outOfScope,
                            List<BaselineSummary> baselines, Set<Long> signedScope) {

    /** The latest signed baseline, or null before sign-off. */
    public BaselineSummary latestSigned() {
        return baselines.stream().filter(BaselineSummary::isSigned).findFirst().orElse(null);
    }

    /** The baseline awaiting signatures, or null. */
    public BaselineSummary awaiting() {
        return baselines.stream().filter(BaselineSummary::isAwaiting).findFirst().orElse(null);
    }

    public boolean isSignedOff() {
        return latestSigned() != null;
    }

    /** Whether a requirement in scope today is outside what was last signed (added without a change request). */
    public boolean isUnsigned(ScopeItem item) {
        return isSignedOff() && !signedScope.contains(item.requirementId());
    }
}
