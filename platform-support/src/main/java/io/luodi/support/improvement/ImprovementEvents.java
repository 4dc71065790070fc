package io.luodi.support.improvement;

import io.luodi.support.timeline.RelationshipEvent;
import io.luodi.support.timeline.RelationshipEventSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Improvements on the relationship timeline: each one raised, and each one done. */
@Component
@Transactional(readOnly = true)
class ImprovementEvents implements RelationshipEventSource {

    private final JdbcClient jdbc;

    ImprovementEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<RelationshipEvent> events(Collection<Long> projectIds) {
        List<RelationshipEvent> events = new ArrayList<>();
        if (projectIds.isEmpty()) {
            return events;
        }
        jdbc.sql("""
                        SELECT id, project_id, title, raised_by_name, raised_at, done_at, target_release
                        FROM improvement WHERE project_id IN (:projects)""")
                .param("projects", projectIds)
                .query(rs -> {
                    long id = rs.getLong(1);
                    long project = rs.getLong(2);
                    String link = "/projects/" + project + "/improvements/" + id;
                    events.add(new RelationshipEvent(rs.getTimestamp(5).toInstant(), project, "IMPROVEMENT_RAISED",
                            rs.getString(3), rs.getString(4), link));
                    if (rs.getTimestamp(6) != null) {
                        events.add(new RelationshipEvent(rs.getTimestamp(6).toInstant(), project, "IMPROVEMENT_DONE",
                                rs.getString(3), rs.getString(7), link));
                    }
                });
        return events;
    }
}
