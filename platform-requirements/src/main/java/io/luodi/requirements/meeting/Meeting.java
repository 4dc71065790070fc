package io.luodi.requirements.meeting;

import io.luodi.core.NotFoundException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A meeting of the project's parties (kickoff, requirement review, scope sign-off …) with who attended for which
 * side, the agenda, the minutes, the decisions taken and the action items agreed.
 */
@Entity
@Table(name = "meeting")
class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long projectId;

    @Enumerated(EnumType.STRING)
    private MeetingKind kind;

    private String title;

    private LocalDate heldOn;

    private String location;

    private String agenda;

    private String minutes;

    private String createdBy;

    @Column(insertable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<MeetingAttendee> attendees = new ArrayList<>();

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<MeetingDecision> decisions = new ArrayList<>();

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<MeetingActionItem> actionItems = new ArrayList<>();

    protected Meeting() {
    }

    Meeting(long projectId, String createdBy) {
        this.projectId = projectId;
        this.createdBy = createdBy;
    }

    /**
     * Takes the form: the header, and each list brought in line with the form's rows. Rows with an id change that
     * part, rows without one are added at the end, parts no row names are removed. New parts take positions after
     * every position used so far, so they never collide with a part that is removed in the same save.
     */
    void record(MeetingForm form) {
        kind = form.kind();
        title = form.title().strip();
        heldOn = form.heldOn();
        location = clean(form.location());
        agenda = clean(form.agenda());
        minutes = clean(form.minutes());
        sync(attendees, form.attendees(), MeetingForm.AttendeeRow::id,
                (a, row) -> a.change(row.side(), clean(row.name()), clean(row.role()), row.userId()),
                (position, row) -> new MeetingAttendee(this, position, row.side(), clean(row.name()),
                        clean(row.role()), row.userId()));
        sync(decisions, form.decisions(), MeetingForm.DecisionRow::id,
                (d, row) -> d.change(clean(row.text())),
                (position, row) -> new MeetingDecision(this, position, clean(row.text())));
        sync(actionItems, form.actionItems(), MeetingForm.ActionItemRow::id,
                (a, row) -> a.change(clean(row.text()), clean(row.owner()), row.dueOn(), row.isDone()),
                (position, row) -> new MeetingActionItem(this, position, clean(row.text()), clean(row.owner()),
                        row.dueOn(), row.isDone()));
    }

    /** The ids of the decisions the form would remove. */
    Set<Long> decisionsRemovedBy(MeetingForm form) {
        Set<Long> kept = form.decisions().stream().map(MeetingForm.DecisionRow::id).collect(Collectors.toSet());
        return decisions.stream().map(MeetingDecision::getId).filter(id -> !kept.contains(id))
                .collect(Collectors.toSet());
    }

    void markActionItem(long itemId, boolean done) {
        actionItems.stream().filter(a -> a.getId() == itemId).findFirst()
                .orElseThrow(() -> new NotFoundException("action item " + itemId))
                .markDone(done);
    }

    private static <P extends MeetingPart, R> void sync(List<P> parts, List<R> rows, Function<R, Long> idOf,
                                                        BiConsumer<P, R> change, BiFunction<Integer, R, P> create) {
        Map<Long, P> byId = parts.stream().collect(Collectors.toMap(MeetingPart::getId, Function.identity()));
        int next = parts.stream().mapToInt(MeetingPart::getPosition).max().orElse(0) + 1;
        Set<Long> kept = new HashSet<>();
        List<P> added = new ArrayList<>();
        for (R row : rows) {
            Long id = idOf.apply(row);
            if (id == null) {
                added.add(create.apply(next++, row));
            } else if (byId.containsKey(id) && kept.add(id)) {
                change.accept(byId.get(id), row);
            } else {
                throw new NotFoundException("meeting part " + id);
            }
        }
        parts.removeIf(p -> !kept.contains(p.getId()));
        parts.addAll(added);
    }

    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = text.replace("\r\n", "\n").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    Long getId() {
        return id;
    }

    long getProjectId() {
        return projectId;
    }

    MeetingKind getKind() {
        return kind;
    }

    String getTitle() {
        return title;
    }

    LocalDate getHeldOn() {
        return heldOn;
    }

    String getLocation() {
        return location;
    }

    String getAgenda() {
        return agenda;
    }

    String getMinutes() {
        return minutes;
    }

    String getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    long getVersion() {
        return version;
    }

    List<MeetingAttendee> getAttendees() {
        return List.copyOf(attendees);
    }

    List<MeetingDecision> getDecisions() {
        return List.copyOf(decisions);
    }

    List<MeetingActionItem> getActionItems() {
        return List.copyOf(actionItems);
    }
}
