package io.luodi.support.timeline;

import io.luodi.core.NotFoundException;
import io.luodi.core.audit.AuditAction;
import io.luodi.core.audit.AuditLog;
import io.luodi.core.organisation.OrganisationManagement;
import io.luodi.core.project.ProjectAccessPolicy;
import io.luodi.core.project.ProjectManagement;
import io.luodi.core.project.ProjectSummary;
import io.luodi.core.user.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The relationship with one customer organisation over time (客户关系时间线), newest first, from every
 * {@link RelationshipEventSource}, across the organisation's projects the viewer may see. For implementer staff
 * who are on at least one of those projects (administrators: all); to anyone else the page does not exist.
 */
@Service
@Transactional(readOnly = true)
public class RelationshipTimeline {

    /** The newest events shown; the relationship's older history stays in the projects' own pages. */
    static final int LIMIT = 300;

    private final List<RelationshipEventSource> sources;
    private final ProjectAccessPolicy accessPolicy;
    private final ProjectManagement projects;
    private final OrganisationManagement organisations;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    RelationshipTimeline(List<RelationshipEventSource> sources, ProjectAccessPolicy accessPolicy,
                         ProjectManagement projects, OrganisationManagement organisations, JdbcClient jdbc,
                         AuditLog audit) {
        this.sources = sources;
        this.accessPolicy = accessPolicy;
        this.projects = projects;
        this.organisations = organisations;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The organisation's name, its projects the user sees, and the events of those projects. */
    public record View(long organisationId, String organisationName, List<ProjectSummary> projects,
                       List<Entry> events) {
    }

    /** An event with the project it belongs to. */
    public record Entry(RelationshipEvent event, ProjectSummary project) {
    }

    public View timeline(CurrentUser user, long organisationId) {
        List<Long> visible = user.role().isInternal() ? accessPolicy.visibleProjectIds(user) : List.of();
        List<Long> ids = visible.isEmpty() ? List.of() : jdbc.sql("""
                        SELECT id FROM project WHERE customer_organisation_id = :organisation AND id IN (:visible)""")
                .param("organisation", organisationId).param("visible", visible).query(Long.class).list();
        if (ids.isEmpty()) {
            audit.recordSecurityEvent(AuditAction.ACCESS_DENIED, user.username(), "organisation", organisationId,
                    null, "relationship timeline not visible to " + user.role());
            throw new NotFoundException("timeline of organisation " + organisationId);
        }
        Map<Long, ProjectSummary> byId = projects.visibleTo(user).stream().filter(p -> ids.contains(p.id()))
                .collect(Collectors.toMap(ProjectSummary::id, Function.identity()));
        List<Entry> events = sources.stream().flatMap(source -> source.events(ids).stream())
                .sorted(Comparator.comparing(RelationshipEvent::at).reversed()
                        .thenComparing(RelationshipEvent::kind))
                .limit(LIMIT)
                .map(event -> new Entry(event, byId.get(event.projectId())))
                .toList();
        return new View(organisationId, organisations.get(organisationId).getName(),
                byId.values().stream().sorted(Comparator.comparing(ProjectSummary::code)).toList(), events);
    }
}
