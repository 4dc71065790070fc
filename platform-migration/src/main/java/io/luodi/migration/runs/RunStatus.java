package io.luodi.migration.runs;

/** Where a migration run is: waiting for a thread, running, or how it ended. */
public enum RunStatus {
    QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED;

    public boolean finished() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }
}
