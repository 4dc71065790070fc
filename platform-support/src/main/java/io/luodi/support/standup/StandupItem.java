package io.luodi.support.standup;

import io.luodi.support.ticket.Severity;
import io.luodi.support.ticket.TicketStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One agenda item. The ticket's facts are a snapshot taken when the item was put on the agenda, so a finalised
 * stand-up keeps saying what the team saw that morning. Its own version lets two people edit different items at
 * once while a stale edit of the same item is refused.
 */
@Entity
@Table(name = "standup_item")
class StandupItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "standup_id")
    private Standup standup;

    private int position;

    private Long ticketId;

    private String ticketKey;

    private String title;

    @Enumerated(EnumType.STRING)
    private Severity severity;

    @Enumerated(EnumType.STRING)
    private TicketStatus status;

    @Enumerated(EnumType.STRING)
    private TicketStatus statusBefore;

    private String assignee;

    /** The reasons' names, comma-separated. */
    private String reasons;

    private String note;

    private String owner;

    private String nextStep;

    @Version
    private long version;

    protected StandupItem() {
    }

    StandupItem(Standup standup, int position, AgendaEntry entry) {
        this.standup = standup;
        this.position = position;
        this.ticketId = entry.ticketId();
        this.ticketKey = entry.ticketKey();
        this.title = entry.title();
        this.severity = entry.severity();
        this.status = entry.status();
        this.statusBefore = entry.statusBefore();
        this.assignee = entry.assignee();
        this.reasons = entry.reasons().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    void write(String note, String owner, String nextStep) {
        this.note = note;
        this.owner = owner;
        this.nextStep = nextStep;
    }

    Long getId() {
        return id;
    }

    int getPosition() {
        return position;
    }

    Long getTicketId() {
        return ticketId;
    }

    String getTicketKey() {
        return ticketKey;
    }

    String getTitle() {
        return title;
    }

    Severity getSeverity() {
        return severity;
    }

    TicketStatus getStatus() {
        return status;
    }

    TicketStatus getStatusBefore() {
        return statusBefore;
    }

    String getAssignee() {
        return assignee;
    }

    Set<AgendaReason> getReasons() {
        EnumSet<AgendaReason> set = EnumSet.noneOf(AgendaReason.class);
        Arrays.stream(reasons.split(",")).filter(r -> !r.isEmpty()).map(AgendaReason::valueOf).forEach(set::add);
        return set;
    }

    String getNote() {
        return note;
    }

    String getOwner() {
        return owner;
    }

    String getNextStep() {
        return nextStep;
    }

    long getVersion() {
        return version;
    }
}
