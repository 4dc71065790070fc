package io.luodi.support.alert;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The body our Zabbix webhook media type posts (see docs/operations.md): one event, a problem or its recovery. A
 * recovery carries the problem's event id, so both have the fingerprint {@code zabbix:<eventId>}.
 *
 * @param status    {@code PROBLEM} or {@code RESOLVED} ({EVENT.STATUS}), or {@code 1} or {@code 0} ({EVENT.VALUE})
 * @param severity  a Zabbix severity name: Not classified, Information, Warning, Average, High, Disaster
 * @param eventTime RFC 3339, or Zabbix's {@code yyyy.MM.dd HH:mm:ss} in {@code luodi.core.time-zone}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ZabbixEvent(String eventId, String status, String severity, String host, String trigger,
                          String message, String opdata, String eventTime, String eventUrl, String module,
                          String environment) {

    static final String FINGERPRINT_PREFIX = "zabbix:";
    private static final int MAX_EVENT_ID = 64;

    public AlertNotice notice(ZoneId zone) {
        String id = Texts.required(eventId, "eventId");
        if (id.length() > MAX_EVENT_ID) {
            throw MalformedAlertException.invalid("eventId");
        }
        boolean firing = switch (Texts.required(status, "status").toUpperCase(Locale.ROOT)) {
            case "PROBLEM", "1" -> true;
            case "RESOLVED", "OK", "0" -> false;
            default -> throw MalformedAlertException.invalid("status");
        };
        String triggerName = firing ? Texts.required(trigger, "trigger") : Texts.blankToNull(trigger);
        String hostName = Texts.blankToNull(host);
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("eventId", id);
        putIfPresent(labels, "host", hostName);
        putIfPresent(labels, "trigger", triggerName);
        putIfPresent(labels, "severity", severity);
        Map<String, String> annotations = new LinkedHashMap<>();
        putIfPresent(annotations, "message", message);
        putIfPresent(annotations, "opdata", opdata);
        putIfPresent(annotations, "eventTime", eventTime);
        Instant time = AlertTimes.parse(eventTime, zone, "eventTime");
        String title = triggerName == null ? FINGERPRINT_PREFIX + id
                : hostName == null ? triggerName : hostName + ": " + triggerName;
        return new AlertNotice(Monitor.ZABBIX, FINGERPRINT_PREFIX + id, firing, firing ? time : null,
                firing ? null : time, Texts.shorten(title, 200), AlertSeverity.of(severity).orElse(null),
                Texts.shorten(module, 100), Texts.shorten(environment, 50), labels, annotations,
                Texts.blankToNull(eventUrl));
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        String text = Texts.blankToNull(value);
        if (text != null) {
            map.put(key, text);
        }
    }
}
