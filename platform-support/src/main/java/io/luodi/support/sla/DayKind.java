package io.luodi.support.sla;

/** A dated exception in a calendar: a holiday without work, or a weekend day worked instead (调休). */
public enum DayKind {
    HOLIDAY, WORKDAY
}
