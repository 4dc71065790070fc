package io.luodi.support.revisit;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One revisit of a plan: due on a day, and once held, what came of it. */
@Entity
@Table(name = "revisit_occurrence")
class RevisitOccurrence {

    /** A follow-up action as recorded with the occurrence. */
    record FollowUpDraft(String text, String owner, LocalDate dueOn) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private RevisitPlan plan;

    private int sequence;

    private LocalDate dueOn;

    private LocalDate heldOn;

    private String notes;

    private Integer satisfaction;

    private String recordedBy;

    private Instant recordedAt;

    private Instant remindedAt;

    @OneToMany(mappedBy = "occurrence", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<RevisitFollowUp> followUps = new ArrayList<>();

    protected RevisitOccurrence() {
    }

    RevisitOccurrence(RevisitPlan plan, int sequence, LocalDate dueOn) {
        this.plan = plan;
        this.sequence = sequence;
        this.dueOn = dueOn;
    }

    /** A new day for an open occurrence; a reminder already sent for the old day goes out again for the new one. */
    void reschedule(LocalDate dueOn) {
        if (!dueOn.equals(this.dueOn)) {
            this.dueOn = dueOn;
            this.remindedAt = null;
        }
    }

    void hold(LocalDate heldOn, String notes, Integer satisfaction, List<FollowUpDraft> drafts, String by,
              Instant at) {
        this.heldOn = heldOn;
        this.notes = notes;
        this.satisfaction = satisfaction;
        this.recordedBy = by;
        this.recordedAt = at;
        for (FollowUpDraft draft : drafts) {
            followUps.add(new RevisitFollowUp(this, followUps.size() + 1, draft.text().strip(),
                    draft.owner().strip(), draft.dueOn()));
        }
    }

    boolean isHeld() {
        return heldOn != null;
    }

    Long getId() {
        return id;
    }

    int getSequence() {
        return sequence;
    }

    LocalDate getDueOn() {
        return dueOn;
    }

    LocalDate getHeldOn() {
        return heldOn;
    }

    String getNotes() {
        return notes;
    }

    Integer getSatisfaction() {
        return satisfaction;
    }

    String getRecordedBy() {
        return recordedBy;
    }

    Instant getRemindedAt() {
        return remindedAt;
    }

    List<RevisitFollowUp> getFollowUps() {
        return List.copyOf(followUps);
    }
}
