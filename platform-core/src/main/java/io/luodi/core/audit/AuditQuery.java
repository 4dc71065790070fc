package io.luodi.core.audit;

/** Filters of the audit page; any may be null. */
public record AuditQuery(AuditAction action, Long projectId, String actor) {

    public AuditQuery {
        actor = actor == null || actor.isBlank() ? null : actor.trim();
    }
}
