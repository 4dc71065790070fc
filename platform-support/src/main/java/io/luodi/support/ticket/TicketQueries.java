package io.luodi.support.ticket;

import io.luodi.core.project.ProjectAccess;
import io.luodi.core.user.CurrentUser;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Ticket lists: one project's for its page, and every visible project's for a customer's portal. Filtering and
 * paging happen in the database; a customer only ever gets rows the project's visibility setting shows them.
 */
@Service
@Transactional(readOnly = true)
public class TicketQueries {

    private static final String COLUMNS = """
            SELECT t.id, t.project_id, p.code, p.code || '-' || t.number AS key, t.title, t.type, t.severity, t.status, t.source,
                   t.reporter_name, a.display_name AS assignee, t.created_at, t.updated_at,
                   CASE WHEN rc.stopped_at IS NULL AND NOT rc.paused THEN rc.due_at END AS response_due,
                   CASE WHEN sc.stopped_at IS NULL AND NOT sc.paused THEN sc.due_at END AS resolution_due,
                   (rc.stopped_at IS NULL AND NOT rc.paused AND rc.at_risk_at <= :now)
                       OR (sc.stopped_at IS NULL AND NOT sc.paused AND sc.at_risk_at <= :now) AS at_risk,
                   coalesce(rc.stopped_at > rc.due_at OR (rc.stopped_at IS NULL AND NOT rc.paused AND rc.due_at <= :now), FALSE)
                       OR coalesce(sc.stopped_at > sc.due_at OR (sc.stopped_at IS NULL AND NOT sc.paused AND sc.due_at <= :now), FALSE) AS breached
            """;
    private static final String FROM = """
            FROM ticket t
            JOIN project p ON p.id = t.project_id
            LEFT JOIN app_user a ON a.id = t.assignee_id
            LEFT JOIN support_settings s ON s.project_id = t.project_id
            LEFT JOIN LATERAL (SELECT c.*, EXISTS (SELECT 1 FROM sla_clock_pause cp WHERE cp.clock_id = c.id AND cp.resumed_at IS NULL) AS paused
                               FROM sla_clock c WHERE c.ticket_id = t.id AND c.kind = 'RESPONSE') rc ON TRUE
            LEFT JOIN LATERAL (SELECT c.*, EXISTS (SELECT 1 FROM sla_clock_pause cp WHERE cp.clock_id = c.id AND cp.resumed_at IS NULL) AS paused
                               FROM sla_clock c WHERE c.ticket_id = t.id AND c.kind = 'RESOLUTION') sc ON TRUE
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    TicketQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Page<TicketSummary> list(ProjectAccess access, TicketQuery query) {
        return page(List.of(access.projectId()), access.user(), query);
    }

    /** Where a project's support stands: its open tickets, and those at risk or breached. */
    public record Summary(long open, long breaching) {
    }

    public Summary summary(ProjectAccess access) {
        return new Summary(list(access, new TicketQuery("open", null, null, null, null, 0)).getTotalElements(),
                list(access, new TicketQuery("breaching", null, null, null, null, 0)).getTotalElements());
    }

    /** A customer's portal: the tickets of all their projects that they may see. */
    public Page<TicketSummary> portal(Collection<Long> projectIds, CurrentUser user, TicketQuery query) {
        return projectIds.isEmpty() ? Page.empty() : page(projectIds, user, query);
    }

    /** Every row of the filter, for the Excel export, without paging. */
    public void each(ProjectAccess access, TicketQuery query, Consumer<TicketSummary> row) {
        Filter filter = filter(List.of(access.projectId()), access.user(), query);
        jdbc.sql(COLUMNS + FROM + filter.where + " ORDER BY t.number").params(filter.params)
                .query((ResultSet rs) -> {
                    row.accept(summary(rs));
                });
    }

    private Page<TicketSummary> page(Collection<Long> projectIds, CurrentUser user, TicketQuery query) {
        Filter filter = filter(projectIds, user, query);
        long total = jdbc.sql("SELECT count(*) " + FROM + filter.where).params(filter.params)
                .query(Long.class).single();
        int page = query.pageIndex();
        Map<String, Object> params = new LinkedHashMap<>(filter.params);
        params.put("limit", TicketQuery.PAGE_SIZE);
        params.put("offset", page * TicketQuery.PAGE_SIZE);
        List<TicketSummary> rows = jdbc.sql(COLUMNS + FROM + filter.where
                        + " ORDER BY t.status IN ('RESOLVED', 'CLOSED'), t.severity, coalesce(sc.due_at, t.created_at), t.id"
                        + " LIMIT :limit OFFSET :offset")
                .params(params).query((rs, n) -> summary(rs)).list();
        return new PageImpl<>(rows, PageRequest.of(page, TicketQuery.PAGE_SIZE), total);
    }

    private record Filter(String where, Map<String, Object> params) {
    }

    private Filter filter(Collection<Long> projectIds, CurrentUser user, TicketQuery query) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("now", Timestamp.from(clock.instant()));
        params.put("projects", projectIds);
        params.put("me", user.id());
        conditions.add("t.project_id IN (:projects)");
        if (user.isCustomer()) {
            conditions.add("(coalesce(s.customer_visibility, 'ORGANISATION') = 'ORGANISATION' OR t.reporter_id = :me "
                    + "OR EXISTS (SELECT 1 FROM ticket_watcher w WHERE w.ticket_id = t.id AND w.user_id = :me))");
        }
        switch (query.selectedView()) {
            case OPEN -> conditions.add("t.status NOT IN ('RESOLVED', 'CLOSED')");
            case MINE -> conditions.add("t.status NOT IN ('RESOLVED', 'CLOSED') AND (t.assignee_id = :me OR t.reporter_id = :me)");
            case UNASSIGNED -> conditions.add("t.status NOT IN ('RESOLVED', 'CLOSED') AND t.assignee_id IS NULL");
            case BREACHING -> conditions.add("""
                    t.status NOT IN ('RESOLVED', 'CLOSED') AND (
                      (rc.stopped_at IS NULL AND NOT rc.paused AND rc.at_risk_at <= :now)
                      OR (sc.stopped_at IS NULL AND NOT sc.paused AND sc.at_risk_at <= :now))""");
            case DONE -> conditions.add("t.status IN ('RESOLVED', 'CLOSED')");
            case ALL -> {
            }
        }
        if (query.severity() != null) {
            conditions.add("t.severity = :severity");
            params.put("severity", query.severity().name());
        }
        if (query.status() != null) {
            conditions.add("t.status = :status");
            params.put("status", query.status().name());
        }
        if (query.type() != null) {
            conditions.add("t.type = :type");
            params.put("type", query.type().name());
        }
        if (query.searchText() != null) {
            conditions.add("(t.title ILIKE :text ESCAPE '\\' OR t.description ILIKE :text ESCAPE '\\' "
                    + "OR (p.code || '-' || t.number) ILIKE :text ESCAPE '\\')");
            params.put("text", "%" + query.searchText().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        return new Filter(" WHERE " + String.join(" AND ", conditions), params);
    }

    private static TicketSummary summary(ResultSet rs) throws SQLException {
        return new TicketSummary(rs.getLong("id"), rs.getLong("project_id"), rs.getString("code"),
                rs.getString("key"), rs.getString("title"), TicketType.valueOf(rs.getString("type")),
                Severity.valueOf(rs.getString("severity")), TicketStatus.valueOf(rs.getString("status")),
                rs.getString("reporter_name"), rs.getString("assignee"), instant(rs, "created_at"),
                instant(rs, "updated_at"), instant(rs, "response_due"), instant(rs, "resolution_due"),
                rs.getBoolean("at_risk"), rs.getBoolean("breached"), TicketSource.valueOf(rs.getString("source")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
