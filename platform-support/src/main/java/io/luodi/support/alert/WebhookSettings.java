package io.luodi.support.alert;

import io.luodi.support.ticket.Severity;

import java.time.Instant;

/**
 * A project's monitoring webhook as pages and the intake read it. The token itself is never here: only whether
 * one was issued, its first characters, and when and by whom.
 */
public record WebhookSettings(long projectId, boolean hasToken, String tokenHint, Instant tokenIssuedAt,
                              String tokenIssuedBy, boolean enabled, boolean autoResolve, Severity defaultSeverity,
                              long version) {
}
