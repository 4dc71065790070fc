package io.luodi.requirements.scope;

import java.util.List;

/** What a baseline froze: its statement and its requirements, in or out of scope. */
public record BaselineSnapshot(int number, ScopeSections sections, List<ScopeItem> items) {

    public BaselineSnapshot {
        items = List.copyOf(items);
    }
}
