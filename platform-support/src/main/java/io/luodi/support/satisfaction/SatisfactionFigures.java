package io.luodi.support.satisfaction;

import io.luodi.core.NotFoundException;
import io.luodi.core.project.ProjectAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * Satisfaction as the implementer's staff review it: the ratings of resolutions given in a period, by month in the
 * reader's time zone, and the project's Net Promoter Score with every answer. Customers never see these.
 */
@Service
@Transactional(readOnly = true)
public class SatisfactionFigures {

    private final JdbcClient jdbc;

    SatisfactionFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Ratings given in one month: how many, and their sum for the average. */
    public record CsatMonth(YearMonth month, long ratings, long scoreSum) {

        public Double average() {
            return ratings == 0 ? null : (double) scoreSum / ratings;
        }
    }

    /** The ratings of a period: by month, and how many of each score 1–5 ({@code distribution.get(0)} is 1). */
    public record Csat(List<CsatMonth> months, List<Long> distribution) {

        public long ratings() {
            return months.stream().mapToLong(CsatMonth::ratings).sum();
        }

        public Double average() {
            long sum = months.stream().mapToLong(CsatMonth::scoreSum).sum();
            return ratings() == 0 ? null : (double) sum / ratings();
        }
    }

    public record NpsAnswer(String userName, int score, String comment, Instant answeredAt) {
    }

    public record Nps(NetPromoterScore score, List<NpsAnswer> answers) {
    }

    /** A rating with its ticket, for the report's download. */
    public record RatedTicket(String ticketKey, String title, String raterName, int score, String comment,
                              Instant ratedAt) {
    }

    /** The ratings given from {@code from} (inclusive) to {@code to} (exclusive), months in {@code zone}. */
    public Csat csat(ProjectAccess access, Instant from, Instant to, ZoneId zone) {
        requireStaff(access);
        List<CsatMonth> months = jdbc.sql("""
                        SELECT to_char(r.rated_at AT TIME ZONE :zone, 'YYYY-MM') AS month, count(*) AS ratings,
                               sum(r.score) AS score_sum
                        FROM ticket_rating r JOIN ticket t ON t.id = r.ticket_id
                        WHERE t.project_id = :project AND r.rated_at >= :from AND r.rated_at < :to
                        GROUP BY 1 ORDER BY 1""")
                .param("zone", zone.getId()).param("project", access.projectId())
                .param("from", utc(from)).param("to", utc(to))
                .query((rs, n) -> new CsatMonth(YearMonth.parse(rs.getString("month")), rs.getLong("ratings"),
                        rs.getLong("score_sum")))
                .list();
        List<Long> distribution = new ArrayList<>(Collections.nCopies(5, 0L));
        jdbc.sql("""
                        SELECT r.score, count(*) AS ratings FROM ticket_rating r JOIN ticket t ON t.id = r.ticket_id
                        WHERE t.project_id = :project AND r.rated_at >= :from AND r.rated_at < :to GROUP BY 1""")
                .param("project", access.projectId()).param("from", utc(from)).param("to", utc(to))
                .query((ResultSet rs) -> {
                    distribution.set(rs.getInt("score") - 1, rs.getLong("ratings"));
                });
        return new Csat(months, List.copyOf(distribution));
    }

    /** The project's Net Promoter Score over all its answers, newest answer first. */
    public Nps nps(ProjectAccess access) {
        requireStaff(access);
        List<NpsAnswer> answers = jdbc.sql("""
                        SELECT u.display_name, r.score, r.comment, r.answered_at
                        FROM nps_response r JOIN app_user u ON u.id = r.user_id
                        WHERE r.project_id = :project ORDER BY r.answered_at DESC, r.id DESC""")
                .param("project", access.projectId())
                .query((rs, n) -> new NpsAnswer(rs.getString("display_name"), rs.getInt("score"),
                        rs.getString("comment"), rs.getTimestamp("answered_at").toInstant()))
                .list();
        return new Nps(NetPromoterScore.of(answers.stream().map(NpsAnswer::score).toList()), answers);
    }

    /** Every rating given in the period with its ticket, oldest first. */
    public void eachRating(ProjectAccess access, Instant from, Instant to, Consumer<RatedTicket> row) {
        requireStaff(access);
        jdbc.sql("""
                        SELECT p.code || '-' || t.number AS key, t.title, u.display_name, r.score, r.comment, r.rated_at
                        FROM ticket_rating r JOIN ticket t ON t.id = r.ticket_id JOIN project p ON p.id = t.project_id
                        JOIN app_user u ON u.id = r.user_id
                        WHERE t.project_id = :project AND r.rated_at >= :from AND r.rated_at < :to
                        ORDER BY r.rated_at, r.id""")
                .param("project", access.projectId()).param("from", utc(from)).param("to", utc(to))
                .query((ResultSet rs) -> {
                    row.accept(rated(rs));
                });
    }

    private static RatedTicket rated(ResultSet rs) throws SQLException {
        return new RatedTicket(rs.getString("key"), rs.getString("title"), rs.getString("display_name"),
                rs.getInt("score"), rs.getString("comment"), rs.getTimestamp("rated_at").toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static void requireStaff(ProjectAccess access) {
        if (!access.seesInternal()) {
            throw new NotFoundException("satisfaction figures of project " + access.projectId());
        }
    }
}
