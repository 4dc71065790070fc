package io.luodi.support.standup;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.NotFoundException;
import io.luodi.core.organisation.OrganisationKind;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A project's stand-up of one day: attendees, agenda and sections. Every change goes through here and is refused
 * once the stand-up is finalised. Items and sections carry their own versions: a save names the version it
 * started from and is refused when someone saved the same item or section in between.
 */
@Entity
@Table(name = "standup")
class Standup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long projectId;

    private LocalDate day;

    private Long facilitatorId;

    private Instant activitySince;

    private String createdBy;

    private Instant createdAt;

    private String finalisedBy;

    private Instant finalisedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "standup", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<StandupAttendee> attendees = new ArrayList<>();

    @OneToMany(mappedBy = "standup", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position, id")
    private List<StandupItem> items = new ArrayList<>();

    @OneToMany(mappedBy = "standup", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<StandupSection> sections = new ArrayList<>();

    protected Standup() {
    }

    /** A newly opened stand-up's members (implementer side first), empty sections and the pre-filled agenda. */
    void prepare(List<Member> members, Long facilitatorId, List<AgendaEntry> agenda) {
        members.stream().sorted((a, b) -> a.side().compareTo(b.side())).forEach(m ->
                attendees.add(new StandupAttendee(this, m.userId(), m.name(), m.side(),
                        Objects.equals(m.userId(), facilitatorId))));
        if (facilitatorId != null && attendee(facilitatorId).filter(a -> a.getSide() == OrganisationKind.IMPLEMENTER)
                .isPresent()) {
            this.facilitatorId = facilitatorId;
        }
        for (SectionKind kind : SectionKind.values()) {
            sections.add(new StandupSection(this, kind));
        }
        agenda.forEach(this::add);
    }

    /** A project member on the day the stand-up was opened. */
    record Member(long userId, String name, OrganisationKind side) {
    }

    void lead(long userId) {
        requireOpen();
        StandupAttendee facilitator = attendee(userId).filter(a -> a.getSide() == OrganisationKind.IMPLEMENTER)
                .orElseThrow(() -> BusinessRuleException.onField("facilitatorId", "standup.facilitator.notMember"));
        facilitatorId = userId;
        facilitator.tick(true);
    }

    void tick(long attendeeId, boolean present) {
        requireOpen();
        attendees.stream().filter(a -> a.getId() == attendeeId).findFirst()
                .orElseThrow(() -> new NotFoundException("attendee " + attendeeId)).tick(present);
    }

    /** Puts an entry at the end of the agenda; a ticket already on it is refused. */
    StandupItem add(AgendaEntry entry) {
        requireOpen();
        if (entry.ticketId() != null && items.stream().anyMatch(i -> entry.ticketId().equals(i.getTicketId()))) {
            throw BusinessRuleException.onField("ticketKey", "standup.item.duplicate", entry.ticketKey());
        }
        int position = items.stream().mapToInt(StandupItem::getPosition).max().orElse(0) + 1;
        StandupItem item = new StandupItem(this, position, entry);
        items.add(item);
        return item;
    }

    void remove(long itemId) {
        requireOpen();
        items.remove(item(itemId));
    }

    /** Saves an item's note, owner and next step, unless someone saved the item since {@code version}. */
    void write(long itemId, long version, String note, String owner, String nextStep) {
        requireOpen();
        StandupItem item = item(itemId);
        if (item.getVersion() != version) {
            throw new BusinessRuleException("standup.item.stale");
        }
        item.write(note, owner, nextStep);
    }

    /** Saves a section's text, unless someone saved the section since {@code version}. */
    void write(SectionKind kind, long version, String text) {
        requireOpen();
        StandupSection section = section(kind);
        if (section.getVersion() != version) {
            throw new BusinessRuleException("standup.section.stale");
        }
        section.write(text);
    }

    void finalise(String by, Instant at) {
        requireOpen();
        finalisedBy = by;
        finalisedAt = at;
    }

    boolean isFinalised() {
        return finalisedAt != null;
    }

    StandupItem item(long itemId) {
        return items.stream().filter(i -> i.getId() == itemId).findFirst()
                .orElseThrow(() -> new NotFoundException("stand-up item " + itemId));
    }

    StandupSection section(SectionKind kind) {
        return sections.stream().filter(s -> s.getKind() == kind).findFirst()
                .orElseThrow(() -> new NotFoundException("stand-up section " + kind));
    }

    Optional<StandupAttendee> attendee(long userId) {
        return attendees.stream().filter(a -> a.getUserId() == userId).findFirst();
    }

    private void requireOpen() {
        if (isFinalised()) {
            throw new BusinessRuleException("standup.finalised");
        }
    }

    Long getId() {
        return id;
    }

    LocalDate getDay() {
        return day;
    }

    Long getFacilitatorId() {
        return facilitatorId;
    }

    Instant getActivitySince() {
        return activitySince;
    }

    String getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    String getFinalisedBy() {
        return finalisedBy;
    }

    Instant getFinalisedAt() {
        return finalisedAt;
    }

    List<StandupAttendee> getAttendees() {
        return List.copyOf(attendees);
    }

    List<StandupItem> getItems() {
        return List.copyOf(items);
    }

    List<StandupSection> getSections() {
        return List.copyOf(sections);
    }
}
