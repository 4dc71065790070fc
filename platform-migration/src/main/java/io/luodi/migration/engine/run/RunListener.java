package io.luodi.migration.engine.run;

import io.luodi.migration.engine.process.Rejection;

/** Hears a run as it goes: progress several times a second at most, every rejected row, and asked to stop. */
public interface RunListener {

    void progress(RunProgress progress);

    void rejected(Rejection rejection);

    /** Polled between rows; true makes the run roll back and end CANCELLED. */
    boolean cancelRequested();
}
