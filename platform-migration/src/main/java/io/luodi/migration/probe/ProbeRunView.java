package io.luodi.migration.probe;

import java.time.Instant;
import java.util.List;

/** A run as its page and its progress fragment show it. */
public record ProbeRunView(long id, long environmentId, Long componentId, Long networkRuleId, ProbeKind kind,
                           String target, ProbeStatus status, String messageCode, String messageDetail,
                           String startedBy, Instant queuedAt, Instant startedAt, Instant finishedAt,
                           List<Finding> findings) {

    public boolean finished() {
        return status.finished();
    }

    /** How long the run took, in milliseconds, once it has ended. */
    public Long elapsedMillis() {
        return startedAt == null || finishedAt == null ? null : finishedAt.toEpochMilli() - startedAt.toEpochMilli();
    }
}
