package io.luodi.support.alert;

/**
 * What one alert of a notification did, as the webhook answers it.
 *
 * @param ticketId the alert's ticket; {@code null} when it has none (a resolution of an alert we never saw firing)
 */
public record AlertOutcome(String fingerprint, Kind outcome, Long ticketId) {

    public enum Kind {
        /** A firing alert without an unclosed ticket opened one. */
        OPENED,
        /** Nothing new: the alert fires (or is resolved) as we last heard. */
        UNCHANGED,
        /** The alert fires on with a more urgent severity: the ticket's severity is raised. */
        ESCALATED,
        /** The alert fired again after resolving: a note, and a resolved ticket reopened. */
        FIRED_AGAIN,
        /** The alert resolved: a note, and with auto-resolve the ticket resolved. */
        RESOLVED,
        /** A resolution of an alert without an unclosed ticket. */
        IGNORED
    }
}
