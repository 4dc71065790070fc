package io.luodi.requirements.requirement;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The requirement list, its exports and the change log, queried in the database: a project with thousands of
 * requirements is filtered, sorted and paged there, and exports read it through a cursor rather than all at once.
 */
@Component
class RequirementQueries {

    /** Rows fetched per round trip when an export walks a cursor. */
    private static final int FETCH_SIZE = 500;

    private static final String KEY_TEXT =
            "('REQ-' || CASE WHEN r.number < 1000 THEN lpad(r.number::text, 3, '0') ELSE r.number::text END)";

    private final JdbcClient jdbc;
    private final JdbcClient cursor;

    RequirementQueries(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        JdbcTemplate streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(FETCH_SIZE);
        this.cursor = JdbcClient.create(streaming);
    }

    /** A WHERE clause built from fixed fragments only, with the query's values as named parameters. */
    private record Where(String sql, Map<String, Object> params) {

        static Where of(long projectId, RequirementQuery query) {
            StringBuilder sql = new StringBuilder("r.project_id = :project");
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("project", projectId);
            if (query.status() != null) {
                sql.append(" AND r.status = :status");
                params.put("status", query.status().name());
            }
            if (query.priority() != null) {
                sql.append(" AND r.priority = :priority");
                params.put("priority", query.priority().name());
            }
            if (query.inScope() != null) {
                sql.append(" AND r.in_scope = :inScope");
                params.put("inScope", query.inScope());
            }
            if (query.category() != null) {
                sql.append(" AND r.category = :category");
                params.put("category", query.category());
            }
            if (query.text() != null) {
                sql.append(" AND (r.title ILIKE :pattern OR r.description ILIKE :pattern OR ")
                        .append(KEY_TEXT).append(" ILIKE :pattern");
                params.put("pattern", query.likePattern());
                if (query.keyNumber() != null) {
                    sql.append(" OR r.number = :number");
                    params.put("number", query.keyNumber());
                }
                sql.append(")");
            }
            return new Where(sql.toString(), params);
        }
    }

    Page<RequirementRow> page(long projectId, RequirementQuery query) {
        Where where = Where.of(projectId, query);
        long total = jdbc.sql("SELECT count(*) FROM requirement r WHERE " + where.sql())
                .params(where.params()).query(Long.class).single();
        List<RequirementRow> rows = jdbc.sql("""
                        SELECT r.id, r.number, r.title, r.category, r.priority, r.status, r.in_scope, r.updated_at,
                               r.version, (SELECT count(*) FROM requirement_source s WHERE s.requirement_id = r.id)
                        FROM requirement r WHERE %s ORDER BY %s LIMIT :limit OFFSET :offset"""
                        .formatted(where.sql(), query.sort().orderBy(query.descending())))
                .params(where.params())
                .param("limit", query.size())
                .param("offset", (long) query.page() * query.size())
                .query((rs, row) -> new RequirementRow(rs.getLong(1), Requirement.key(rs.getInt(2)), rs.getString(3),
                        rs.getString(4), Priority.valueOf(rs.getString(5)), RequirementStatus.valueOf(rs.getString(6)),
                        rs.getBoolean(7), rs.getInt(10), rs.getTimestamp(8).toInstant(), rs.getLong(9)))
                .list();
        return new PageImpl<>(rows, PageRequest.of(query.page(), query.size()), total);
    }

    List<String> categories(long projectId) {
        return jdbc.sql("""
                        SELECT DISTINCT category FROM requirement WHERE project_id = ? AND category IS NOT NULL
                        ORDER BY category""")
                .param(projectId).query(String.class).list();
    }

    /** A requirement's history, oldest first; without internal-note entries unless {@code internal}. */
    List<ChangeView> history(long requirementId, boolean internal) {
        return jdbc.sql(CHANGES + " WHERE c.requirement_id = :requirement" + (internal ? "" : NOT_INTERNAL)
                        + " ORDER BY c.changed_at, c.id")
                .param("requirement", requirementId)
                .query((rs, row) -> change(rs))
                .list();
    }

    /** Every requirement the query matches, in its order, one row at a time. */
    void eachRequirement(long projectId, RequirementQuery query, RowCallbackHandler handler) {
        Where where = Where.of(projectId, query);
        cursor.sql("""
                        SELECT r.number, r.title, r.description, r.category, r.priority, r.status, r.in_scope,
                               r.acceptance_criteria, r.internal_note, r.created_by, r.created_at, r.updated_at,
                               (SELECT count(*) FROM requirement_source s WHERE s.requirement_id = r.id) AS sources
                        FROM requirement r WHERE %s ORDER BY %s"""
                        .formatted(where.sql(), query.sort().orderBy(query.descending())))
                .params(where.params())
                .query(handler);
    }

    /** Every change of the project's requirements in the order they happened, one at a time. */
    void eachChange(long projectId, boolean internal, ChangeHandler handler) {
        cursor.sql(CHANGES + " JOIN requirement r ON r.id = c.requirement_id WHERE r.project_id = :project"
                        + (internal ? "" : NOT_INTERNAL) + " ORDER BY c.changed_at, c.id")
                .param("project", projectId)
                .query((RowCallbackHandler) rs -> handler.accept(change(rs)));
    }

    @FunctionalInterface
    interface ChangeHandler {
        void accept(ChangeView change);
    }

    private static final String CHANGES = """
            SELECT c.requirement_id, (SELECT number FROM requirement k WHERE k.id = c.requirement_id) AS number,
                   c.changed_at, c.changed_by, coalesce(u.display_name, c.changed_by) AS changed_by_name, c.field,
                   c.old_value, c.new_value, c.cause
            FROM requirement_change c
            LEFT JOIN app_user u ON lower(u.username) = lower(c.changed_by)""";

    private static final String NOT_INTERNAL = " AND c.field <> 'INTERNAL_NOTE'";

    private static ChangeView change(ResultSet rs) throws SQLException {
        RequirementField field = RequirementField.valueOf(rs.getString("field"));
        String oldValue = rs.getString("old_value");
        String newValue = rs.getString("new_value");
        return new ChangeView(rs.getLong("requirement_id"), Requirement.key(rs.getInt("number")),
                rs.getTimestamp("changed_at").toInstant(), rs.getString("changed_by"),
                rs.getString("changed_by_name"), field, oldValue, newValue, ChangeView.labelCode(field, oldValue),
                ChangeView.labelCode(field, newValue), rs.getString("cause"));
    }
}
