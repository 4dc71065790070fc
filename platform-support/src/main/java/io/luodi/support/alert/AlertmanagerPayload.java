package io.luodi.support.alert;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The body Prometheus Alertmanager posts to a webhook receiver (payload version 4). Fields we do not use are
 * read and ignored; {@link #notices} checks the ones we need.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AlertmanagerPayload(String version, String groupKey, String status, String receiver,
                                  Map<String, String> groupLabels, Map<String, String> commonLabels,
                                  Map<String, String> commonAnnotations, String externalURL, List<Alert> alerts) {

    static final String FINGERPRINT_PREFIX = "alertmanager:";
    private static final int MAX_FINGERPRINT = 100;

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Alert(String status, Map<String, String> labels, Map<String, String> annotations, String startsAt,
                        String endsAt, String generatorURL, String fingerprint) {
    }

    /** The payload's alerts, in its order; a malformed payload throws {@link MalformedAlertException}. */
    public List<AlertNotice> notices(ZoneId zone) {
        if (!"4".equals(version)) {
            throw new MalformedAlertException("alerts.payload.version", "version");
        }
        if (alerts == null) {
            throw MalformedAlertException.missing("alerts");
        }
        List<AlertNotice> notices = new ArrayList<>(alerts.size());
        for (int i = 0; i < alerts.size(); i++) {
            notices.add(notice(alerts.get(i), "alerts[" + i + "]", zone));
        }
        return notices;
    }

    private static AlertNotice notice(Alert alert, String path, ZoneId zone) {
        if (alert == null) {
            throw MalformedAlertException.missing(path);
        }
        boolean firing = switch (Texts.required(alert.status(), path + ".status")) {
            case "firing" -> true;
            case "resolved" -> false;
            default -> throw MalformedAlertException.invalid(path + ".status");
        };
        if (alert.labels() == null || alert.labels().isEmpty()) {
            throw MalformedAlertException.missing(path + ".labels");
        }
        String fingerprint = Texts.required(alert.fingerprint(), path + ".fingerprint");
        if (fingerprint.length() > MAX_FINGERPRINT) {
            throw MalformedAlertException.invalid(path + ".fingerprint");
        }
        Map<String, String> labels = new TreeMap<>(alert.labels());
        Map<String, String> annotations = alert.annotations() == null ? Map.of() : new TreeMap<>(alert.annotations());
        return new AlertNotice(Monitor.ALERTMANAGER, FINGERPRINT_PREFIX + fingerprint, firing,
                AlertTimes.parse(Texts.required(alert.startsAt(), path + ".startsAt"), zone, path + ".startsAt"),
                AlertTimes.parse(alert.endsAt(), zone, path + ".endsAt"),
                title(labels, annotations, fingerprint), AlertSeverity.of(labels.get("severity")).orElse(null),
                Texts.shorten(labels.get("module"), 100),
                Texts.shorten(labels.getOrDefault("environment", labels.get("env")), 50),
                labels, annotations, Texts.blankToNull(alert.generatorURL()));
    }

    /** The summary annotation, else the alert's name and instance, else its fingerprint. */
    private static String title(Map<String, String> labels, Map<String, String> annotations, String fingerprint) {
        String summary = Texts.blankToNull(annotations.get("summary"));
        if (summary != null) {
            return Texts.shorten(summary, 200);
        }
        String name = Texts.blankToNull(labels.get("alertname"));
        String instance = Texts.blankToNull(labels.get("instance"));
        String title = name == null ? fingerprint : instance == null ? name : name + " " + instance;
        return Texts.shorten(title, 200);
    }
}
