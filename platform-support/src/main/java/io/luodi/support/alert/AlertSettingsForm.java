package io.luodi.support.alert;

import io.luodi.support.ticket.Severity;
import jakarta.validation.constraints.NotNull;

/**
 * @param enabled         whether the webhook accepts alerts at all
 * @param autoResolve     whether a resolved alert resolves its ticket, or leaves that to a person
 * @param defaultSeverity the severity of alerts whose severity label is missing or unknown
 */
public record AlertSettingsForm(boolean enabled, boolean autoResolve, @NotNull Severity defaultSeverity,
                                long version) {
}
