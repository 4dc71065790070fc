package io.luodi.migration.checklist;

import io.luodi.core.golive.Readiness;

import java.util.List;

/**
 * An environment's checklist: readiness, and the items with blocking failures first, then other failures, open
 * items, passed and not applicable ones.
 */
public record ChecklistView(Readiness readiness, List<ItemView> items) {

    public List<ItemView> blockingFailures() {
        return items.stream().filter(ItemView::blockingFailure).toList();
    }

    public boolean applied() {
        return !items.isEmpty();
    }
}
