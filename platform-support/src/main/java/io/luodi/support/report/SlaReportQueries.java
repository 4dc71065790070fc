package io.luodi.support.report;

import io.luodi.support.sla.ClockKind;
import io.luodi.support.ticket.Severity;
import io.luodi.support.ticket.TicketStatus;
import io.luodi.support.ticket.TicketType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;

/**
 * The report's figures, aggregated in PostgreSQL. A clock is decided once it has stopped or its due time has passed:
 * met if it stopped at or before its due time, breached otherwise (the ticket list's rule). A met clock counts in
 * the month it stopped, a breached one in the month its due time passed, so a breach never moves to a later month.
 * Clocks still running (or paused) before their due time count nowhere yet. A reopened ticket's resolution clock
 * runs on, so its earlier "met" gives way to however the clock ends.
 */
@Component
class SlaReportQueries {

    /** MET, BREACHED or null (not decided yet) for the clock {@code c} at {@code :now}. */
    static final String OUTCOME = """
            CASE WHEN c.stopped_at <= c.due_at THEN 'MET'
                 WHEN c.due_at <= coalesce(c.stopped_at, CAST(:now AS timestamptz)) THEN 'BREACHED' END""";

    private final JdbcClient jdbc;

    SlaReportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Compliance> compliance(long projectId, Instant from, Instant to, ZoneId zone, Instant now) {
        return jdbc.sql("""
                        SELECT to_char(d.decided_at AT TIME ZONE :zone, 'YYYY-MM') AS month, d.severity, d.kind,
                               count(*) FILTER (WHERE d.outcome = 'MET') AS met,
                               count(*) FILTER (WHERE d.outcome = 'BREACHED') AS breached
                        FROM (SELECT t.severity, c.kind, %s AS outcome,
                                     CASE WHEN c.stopped_at <= c.due_at THEN c.stopped_at ELSE c.due_at END AS decided_at
                              FROM sla_clock c JOIN ticket t ON t.id = c.ticket_id
                              WHERE t.project_id = :project) d
                        WHERE d.outcome IS NOT NULL AND d.decided_at >= :from AND d.decided_at < :to
                        GROUP BY 1, 2, 3""".formatted(OUTCOME))
                .param("zone", zone.getId()).param("project", projectId).param("from", utc(from))
                .param("to", utc(to)).param("now", utc(now))
                .query((rs, n) -> new Compliance(YearMonth.parse(rs.getString("month")),
                        Severity.valueOf(rs.getString("severity")), ClockKind.valueOf(rs.getString("kind")),
                        rs.getLong("met"), rs.getLong("breached")))
                .list();
    }

    List<Timing> timings(long projectId, Instant from, Instant to, ZoneId zone) {
        return jdbc.sql("""
                        SELECT month, severity, sum(responded) AS responded, sum(response_seconds) AS response_seconds,
                               sum(resolved) AS resolved, sum(resolution_seconds) AS resolution_seconds
                        FROM (SELECT to_char(t.first_responded_at AT TIME ZONE :zone, 'YYYY-MM') AS month, t.severity,
                                     1 AS responded, extract(epoch FROM t.first_responded_at - t.created_at) AS response_seconds,
                                     0 AS resolved, 0 AS resolution_seconds
                              FROM ticket t
                              WHERE t.project_id = :project AND t.first_responded_at >= :from AND t.first_responded_at < :to
                              UNION ALL
                              SELECT to_char(t.resolved_at AT TIME ZONE :zone, 'YYYY-MM'), t.severity,
                                     0, 0, 1, extract(epoch FROM t.resolved_at - t.created_at)
                              FROM ticket t
                              WHERE t.project_id = :project AND t.resolved_at >= :from AND t.resolved_at < :to) e
                        GROUP BY 1, 2""")
                .param("zone", zone.getId()).param("project", projectId).param("from", utc(from))
                .param("to", utc(to))
                .query((rs, n) -> new Timing(YearMonth.parse(rs.getString("month")),
                        Severity.valueOf(rs.getString("severity")), rs.getLong("responded"),
                        Math.round(rs.getDouble("response_seconds")), rs.getLong("resolved"),
                        Math.round(rs.getDouble("resolution_seconds"))))
                .list();
    }

    /** The tickets open at {@code now} by severity and age; the buckets follow {@link AgeBucket}'s order. */
    List<OpenAge> openAges(long projectId, Instant now) {
        return jdbc.sql("""
                        SELECT severity, CASE WHEN age < 1 THEN 0 WHEN age < 3 THEN 1 WHEN age < 7 THEN 2
                                              WHEN age < 14 THEN 3 ELSE 4 END AS bucket, count(*) AS tickets
                        FROM (SELECT t.severity, extract(epoch FROM CAST(:now AS timestamptz) - t.created_at) / 86400 AS age
                              FROM ticket t
                              WHERE t.project_id = :project AND t.status NOT IN ('RESOLVED', 'CLOSED')) o
                        GROUP BY 1, 2""")
                .param("project", projectId).param("now", utc(now))
                .query((rs, n) -> new OpenAge(Severity.valueOf(rs.getString("severity")),
                        AgeBucket.values()[rs.getInt("bucket")], rs.getLong("tickets")))
                .list();
    }

    /** A ticket opened in the period, with how its clocks stand and its latest rating. */
    record TicketLine(String key, String title, TicketType type, Severity severity, TicketStatus status,
                      String reporter, String assignee, Instant createdAt, Instant firstRespondedAt,
                      Instant resolvedAt, Instant closedAt, String responseOutcome, String resolutionOutcome,
                      Integer rating) {
    }

    void eachTicket(long projectId, Instant from, Instant to, Instant now, Consumer<TicketLine> row) {
        jdbc.sql("""
                        SELECT p.code || '-' || t.number AS key, t.title, t.type, t.severity, t.status, t.reporter_name,
                               a.display_name AS assignee, t.created_at, t.first_responded_at, t.resolved_at, t.closed_at,
                               (SELECT %1$s FROM sla_clock c WHERE c.ticket_id = t.id AND c.kind = 'RESPONSE') AS response,
                               (SELECT %1$s FROM sla_clock c WHERE c.ticket_id = t.id AND c.kind = 'RESOLUTION') AS resolution,
                               (SELECT r.score FROM ticket_rating r WHERE r.ticket_id = t.id
                                ORDER BY r.resolved_at DESC LIMIT 1) AS rating
                        FROM ticket t JOIN project p ON p.id = t.project_id LEFT JOIN app_user a ON a.id = t.assignee_id
                        WHERE t.project_id = :project AND t.created_at >= :from AND t.created_at < :to
                        ORDER BY t.number""".formatted(OUTCOME))
                .param("project", projectId).param("from", utc(from)).param("to", utc(to))
                .param("now", utc(now))
                .query((ResultSet rs) -> {
                    row.accept(line(rs));
                });
    }

    private static TicketLine line(ResultSet rs) throws SQLException {
        return new TicketLine(rs.getString("key"), rs.getString("title"), TicketType.valueOf(rs.getString("type")),
                Severity.valueOf(rs.getString("severity")), TicketStatus.valueOf(rs.getString("status")),
                rs.getString("reporter_name"), rs.getString("assignee"), instant(rs, "created_at"),
                instant(rs, "first_responded_at"), instant(rs, "resolved_at"), instant(rs, "closed_at"),
                rs.getString("response"), rs.getString("resolution"), rs.getObject("rating", Integer.class));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
