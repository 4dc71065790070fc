package io.luodi.support.standup;

import io.luodi.core.NotFoundException;
import io.luodi.core.organisation.OrganisationKind;
import io.luodi.support.ticket.Severity;
import io.luodi.support.ticket.TicketStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A stand-up as its page and its Word document show it.
 *
 * @param activitySince the agenda was pre-filled with ticket activity after this instant up to {@code createdAt}
 * @param finalisedAt   null while the stand-up may still be changed
 */
public record StandupDetail(long id, LocalDate day, Long facilitatorId, String facilitatorName,
                            Instant activitySince, String createdBy, Instant createdAt, String finalisedBy,
                            Instant finalisedAt, List<AttendeeView> attendees, List<ItemView> items,
                            List<SectionView> sections) {

    public boolean finalised() {
        return finalisedAt != null;
    }

    public List<AttendeeView> present() {
        return attendees.stream().filter(AttendeeView::present).toList();
    }

    /** Who may facilitate: the implementer's members on the stand-up. */
    public List<AttendeeView> facilitators() {
        return attendees.stream().filter(a -> a.side() == OrganisationKind.IMPLEMENTER).toList();
    }

    public ItemView item(long itemId) {
        return items.stream().filter(i -> i.id() == itemId).findFirst()
                .orElseThrow(() -> new NotFoundException("stand-up item " + itemId));
    }

    public SectionView section(SectionKind kind) {
        return sections.stream().filter(s -> s.kind() == kind).findFirst()
                .orElseThrow(() -> new NotFoundException("stand-up section " + kind));
    }

    public record AttendeeView(long id, long userId, String name, OrganisationKind side, boolean present) {
    }

    /**
     * @param number       the item's place on the agenda, from 1
     * @param ticketId     null for a free topic
     * @param statusBefore the ticket's status before it changed since the previous stand-up; null if it did not
     */
    public record ItemView(long id, int number, Long ticketId, String ticketKey, String title, Severity severity,
                           TicketStatus status, TicketStatus statusBefore, String assignee, Set<AgendaReason> reasons,
                           String note, String owner, String nextStep, long version) {

        public boolean topic() {
            return ticketId == null && ticketKey == null;
        }

        public boolean breached() {
            return reasons.contains(AgendaReason.BREACHED);
        }
    }

    public record SectionView(SectionKind kind, String text, long version) {
    }
}
