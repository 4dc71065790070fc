package io.luodi.migration.checklist;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A checklist item in its environment's list.
 *
 * @param componentName null for the environment-wide items
 * @param probeRunId    the probe run whose finding set the item, if one did last
 */
public record ItemView(long id, Long componentId, String componentName, String key, boolean blocking,
                       ItemStatus status, Long ownerUserId, String ownerName, LocalDate dueOn, String evidenceNote,
                       String observedValue, Long probeRunId, String updatedBy, Instant updatedAt, long version) {

    public boolean blockingFailure() {
        return blocking && status == ItemStatus.FAIL;
    }
}
