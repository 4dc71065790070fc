package io.luodi.migration.probe;

/**
 * Where a run stands. REFUSED: the target's address is not one probes may reach; TIMED_OUT: it took longer than
 * the probe's timeout; ERROR: it could not be run (no credential, an engine the probe does not speak).
 */
public enum ProbeStatus {
    QUEUED, RUNNING, PASSED, FAILED, REFUSED, TIMED_OUT, ERROR;

    public boolean finished() {
        return this != QUEUED && this != RUNNING;
    }
}
