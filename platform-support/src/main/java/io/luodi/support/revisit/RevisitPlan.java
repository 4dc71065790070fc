package io.luodi.support.revisit;

import io.luodi.core.BusinessRuleException;
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
import java.util.List;
import java.util.Optional;

/**
 * A plan to revisit the project's customer: how, how often from which first day, whom to talk to, who on the
 * implementer's side owns it and why. It always has at most one open occurrence; recording it schedules the next.
 */
@Entity
@Table(name = "revisit_plan")
class RevisitPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long projectId;

    @Enumerated(EnumType.STRING)
    private RevisitKind kind;

    @Enumerated(EnumType.STRING)
    private Recurrence recurrence;

    private LocalDate firstDueOn;

    private String contactPerson;

    private long ownerUserId;

    private String purpose;

    private String createdBy;

    @Column(insertable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sequence")
    private List<RevisitOccurrence> occurrences = new ArrayList<>();

    protected RevisitPlan() {
    }

    RevisitPlan(long projectId, String createdBy) {
        this.projectId = projectId;
        this.createdBy = createdBy;
    }

    /**
     * Takes the plan's settings. The open occurrence moves to the day the new schedule gives it; a plan changed to
     * recur less often may have nothing left to schedule, and then has no open occurrence.
     */
    void plan(RevisitKind kind, Recurrence recurrence, LocalDate firstDueOn, String contactPerson,
              long ownerUserId, String purpose) {
        this.kind = kind;
        this.recurrence = recurrence;
        this.firstDueOn = firstDueOn;
        this.contactPerson = contactPerson.strip();
        this.ownerUserId = ownerUserId;
        this.purpose = clean(purpose);
        Optional<RevisitOccurrence> open = open();
        int sequence = open.map(RevisitOccurrence::getSequence).orElse(occurrences.size());
        Optional<LocalDate> due = recurrence.dueOn(firstDueOn, sequence);
        if (open.isPresent()) {
            if (due.isPresent()) {
                open.get().reschedule(due.get());
            } else {
                occurrences.remove(open.get());
            }
        } else {
            due.ifPresent(day -> occurrences.add(new RevisitOccurrence(this, sequence, day)));
        }
    }

    /**
     * Records the open occurrence as held and schedules the next one the recurrence gives.
     *
     * @param occurrenceId the occurrence the form was recording; another one open now means the form is stale
     */
    void record(long occurrenceId, LocalDate heldOn, String notes, Integer satisfaction,
                List<RevisitOccurrence.FollowUpDraft> followUps, String by, Instant at) {
        RevisitOccurrence open = open().orElseThrow(() -> new BusinessRuleException("revisit.occurrence.stale"));
        if (open.getId() != occurrenceId) {
            throw new BusinessRuleException("revisit.occurrence.stale");
        }
        open.hold(heldOn, clean(notes), satisfaction, followUps, by, at);
        recurrence.dueOn(firstDueOn, open.getSequence() + 1)
                .ifPresent(due -> occurrences.add(new RevisitOccurrence(this, open.getSequence() + 1, due)));
    }

    void markFollowUp(long followUpId, boolean done) {
        occurrences.stream().flatMap(o -> o.getFollowUps().stream()).filter(f -> f.getId() == followUpId)
                .findFirst().orElseThrow(() -> new NotFoundException("follow-up " + followUpId))
                .markDone(done);
    }

    /** The occurrence not yet held, if the plan still has one. */
    Optional<RevisitOccurrence> open() {
        return occurrences.stream().filter(o -> !o.isHeld()).findFirst();
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

    RevisitKind getKind() {
        return kind;
    }

    Recurrence getRecurrence() {
        return recurrence;
    }

    LocalDate getFirstDueOn() {
        return firstDueOn;
    }

    String getContactPerson() {
        return contactPerson;
    }

    long getOwnerUserId() {
        return ownerUserId;
    }

    String getPurpose() {
        return purpose;
    }

    String getCreatedBy() {
        return createdBy;
    }

    long getVersion() {
        return version;
    }

    List<RevisitOccurrence> getOccurrences() {
        return List.copyOf(occurrences);
    }
}
