package io.luodi.support.sla;

/** A ticket has two clocks: until the first response, and until resolution. */
public enum ClockKind {
    RESPONSE, RESOLUTION
}
