package io.luodi.support.improvement;

/** What an improvement is about. */
public enum ImprovementCategory {
    UI_INTERACTION, SHORTCUTS, APPROVAL_FLOW, REPORTS, PERFORMANCE, OTHER
}
