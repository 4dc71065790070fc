package io.luodi.support.alert;

import io.luodi.support.ticket.Severity;

import java.time.Instant;
import java.util.Map;

/**
 * One alert as a monitoring system reported it, whatever its payload looked like.
 *
 * @param fingerprint what identifies the alert across notifications, prefixed with its monitor
 *                    ({@code alertmanager:…}, {@code zabbix:<event id>})
 * @param startedAt   when the alert started firing; {@code null} when the monitor did not say
 * @param endedAt     when it stopped; {@code null} while firing or when the monitor did not say
 * @param severity    the severity its label maps to; {@code null} when the label is missing or unknown
 * @param labels      what identifies the alert (labels, host and trigger), in the monitor's order
 * @param annotations what explains it (summary, description, message)
 * @param link        where to see it in the monitor; may be {@code null}
 */
public record AlertNotice(Monitor monitor, String fingerprint, boolean firing, Instant startedAt, Instant endedAt,
                          String title, Severity severity, String module, String environment,
                          Map<String, String> labels, Map<String, String> annotations, String link) {
}
