package io.luodi.support.timeline;

import java.time.Instant;

/**
 * Something that happened between the implementer and a customer, as the relationship timeline lists it.
 *
 * @param kind   what happened, e.g. {@code IMPROVEMENT_RAISED}; the page labels it from {@code timeline.kind.<kind>}
 * @param title  what it was about, as entered by people (not translated)
 * @param detail a short addition (who raised it, the release, the satisfaction as stars); may be null
 * @param link   the path of the page that shows it, without the context path
 */
public record RelationshipEvent(Instant at, long projectId, String kind, String title, String detail, String link) {
}
