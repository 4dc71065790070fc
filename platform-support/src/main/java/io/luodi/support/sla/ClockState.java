package io.luodi.support.sla;

public enum ClockState {
    RUNNING, PAUSED, MET, BREACHED
}
