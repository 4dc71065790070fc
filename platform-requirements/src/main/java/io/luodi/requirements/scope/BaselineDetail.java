package io.luodi.requirements.scope;

import java.util.List;

/** One baseline as frozen: its statement, its requirements in and out of scope, and its signatures. */
public record BaselineDetail(BaselineSummary summary, ScopeSections sections, List<ScopeItem> inScope,
                             List<ScopeItem> outOfScope) {
}
