package io.luodi.support.satisfaction;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.NotFoundException;
import io.luodi.core.audit.AuditAction;
import io.luodi.core.audit.AuditLog;
import io.luodi.core.project.ProjectAccess;
import io.luodi.support.ticket.TicketManagement;
import io.luodi.support.ticket.TicketStatus;
import io.luodi.support.ticket.TicketView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Customer satisfaction with a resolution (CSAT). Once a ticket is resolved its reporter, a customer user, rates the
 * resolution 1–5 with an optional comment and may change the rating until the ticket is closed; a closed ticket
 * whose resolution was never rated may still be rated once. A reopened ticket resolved again is a new resolution
 * and is rated anew; earlier ratings stay. Nobody else rates: for them the rating does not exist (404).
 */
@Service
@Transactional(readOnly = true)
public class TicketRatings {

    private final TicketRatingRepository ratings;
    private final TicketManagement tickets;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    TicketRatings(TicketRatingRepository ratings, TicketManagement tickets, JdbcClient jdbc, AuditLog audit,
                  Clock clock) {
        this.ratings = ratings;
        this.tickets = tickets;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public RatingPanel panel(ProjectAccess access, TicketView ticket) {
        List<RatingView> all = jdbc.sql("""
                        SELECT r.score, r.comment, u.display_name, r.rated_at, r.resolved_at
                        FROM ticket_rating r JOIN app_user u ON u.id = r.user_id
                        WHERE r.ticket_id = :ticket ORDER BY r.resolved_at DESC""")
                .param("ticket", ticket.id())
                .query((rs, n) -> new RatingView(rs.getInt("score"), rs.getString("comment"),
                        rs.getString("display_name"), rs.getTimestamp("rated_at").toInstant(),
                        rs.getTimestamp("resolved_at").toInstant()))
                .list();
        RatingView current = ticket.resolvedAt() == null ? null
                : all.stream().filter(r -> r.resolvedAt().equals(ticket.resolvedAt())).findFirst().orElse(null);
        boolean reporter = isReporter(access, ticket);
        boolean askable = reporter && ticket.resolvedAt() != null
                && (ticket.status() == TicketStatus.RESOLVED || current == null);
        return new RatingPanel(ticket.id(), askable, reporter ? current : null,
                access.seesInternal() ? all : List.of());
    }

    /** Rates the ticket's current resolution, or changes the rating while the ticket is not closed. */
    @Transactional
    public RatingPanel rate(ProjectAccess access, long ticketId, RatingForm form) {
        TicketView ticket = tickets.view(access, ticketId);
        if (!isReporter(access, ticket) || ticket.resolvedAt() == null) {
            throw new NotFoundException("rating of ticket " + ticketId);
        }
        TicketRating rating = ratings.findByTicketIdAndResolvedAt(ticketId, ticket.resolvedAt())
                .orElseGet(() -> new TicketRating(ticketId, ticket.resolvedAt(), access.user().id()));
        boolean first = rating.isNew();
        if (!first && ticket.status() == TicketStatus.CLOSED) {
            throw new BusinessRuleException("rating.closed");
        }
        String comment = form.comment() == null || form.comment().isBlank() ? null : form.comment().strip();
        rating.rate(form.score(), comment, clock.instant());
        ratings.saveAndFlush(rating);
        audit.record(first ? AuditAction.CREATE : AuditAction.UPDATE, "ticket_rating", rating.getId(),
                access.projectId(), ticket.key() + " rated " + form.score() + " for the resolution of "
                        + ticket.resolvedAt());
        return panel(access, tickets.view(access, ticketId));
    }

    private static boolean isReporter(ProjectAccess access, TicketView ticket) {
        return access.user().isCustomer() && Objects.equals(ticket.reporterId(), access.user().id());
    }
}
