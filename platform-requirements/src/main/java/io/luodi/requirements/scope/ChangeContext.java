package io.luodi.requirements.scope;

import java.util.List;

/** What a new change request is raised against: the latest signed baseline's statement and requirements in scope. */
public record ChangeContext(int baseNumber, ScopeSections sections, List<ScopeItem> inScope) {
}
