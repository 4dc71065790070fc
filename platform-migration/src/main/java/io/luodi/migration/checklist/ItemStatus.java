package io.luodi.migration.checklist;

/** Where a checklist item stands. Items marked not applicable do not count towards readiness. */
public enum ItemStatus {
    TODO, PASS, FAIL, NOT_APPLICABLE
}
