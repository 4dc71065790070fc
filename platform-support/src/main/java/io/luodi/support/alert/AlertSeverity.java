package io.luodi.support.alert;

import io.luodi.support.ticket.Severity;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps the severity words monitoring systems use (Prometheus {@code severity} labels, Zabbix severity names) to
 * ticket severities. A word not listed maps to nothing, and the project's default alert severity applies.
 */
final class AlertSeverity {

    private static final Map<String, Severity> WORDS = Map.ofEntries(
            Map.entry("critical", Severity.P1), Map.entry("disaster", Severity.P1),
            Map.entry("high", Severity.P2), Map.entry("major", Severity.P2), Map.entry("error", Severity.P2),
            Map.entry("warning", Severity.P3), Map.entry("average", Severity.P3),
            Map.entry("info", Severity.P4), Map.entry("information", Severity.P4), Map.entry("low", Severity.P4));

    private AlertSeverity() {
    }

    static Optional<Severity> of(String word) {
        return word == null ? Optional.empty()
                : Optional.ofNullable(WORDS.get(word.strip().toLowerCase(Locale.ROOT)));
    }
}
