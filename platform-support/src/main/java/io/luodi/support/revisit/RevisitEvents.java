package io.luodi.support.revisit;

import io.luodi.core.CoreProperties;
import io.luodi.support.timeline.RelationshipEvent;
import io.luodi.support.timeline.RelationshipEventSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;

/**
 * Revisits held, on the relationship timeline: with whom, and the customer's satisfaction as stars (the same in
 * every language) before the first line of the notes.
 */
@Component
@Transactional(readOnly = true)
class RevisitEvents implements RelationshipEventSource {

    private final JdbcClient jdbc;
    private final CoreProperties core;

    RevisitEvents(JdbcClient jdbc, CoreProperties core) {
        this.jdbc = jdbc;
        this.core = core;
    }

    @Override
    public List<RelationshipEvent> events(Collection<Long> projectIds) {
        if (projectIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT p.id, p.project_id, p.kind, p.contact_person, o.held_on, o.satisfaction, o.notes
                        FROM revisit_occurrence o JOIN revisit_plan p ON p.id = o.plan_id
                        WHERE p.project_id IN (:projects) AND o.held_on IS NOT NULL""")
                .param("projects", projectIds)
                .query((rs, row) -> {
                    int satisfaction = rs.getInt(6);
                    String stars = rs.wasNull() ? null : "★".repeat(satisfaction) + "☆".repeat(5 - satisfaction);
                    String notes = firstLine(rs.getString(7));
                    String detail = stars == null ? notes : notes == null ? stars : stars + " " + notes;
                    return new RelationshipEvent(rs.getDate(5).toLocalDate().atStartOfDay(core.timeZone()).toInstant(),
                            rs.getLong(2), "REVISIT_HELD_" + rs.getString(3), rs.getString(4), detail,
                            "/projects/" + rs.getLong(2) + "/revisits/" + rs.getLong(1));
                })
                .list();
    }

    private static String firstLine(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 120 ? line.substring(0, 120) + "…" : line;
    }
}
