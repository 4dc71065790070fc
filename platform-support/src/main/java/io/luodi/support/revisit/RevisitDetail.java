package io.luodi.support.revisit;

import java.time.LocalDate;
import java.util.List;

/**
 * A revisit plan with its open occurrence and the ones held, the latest first.
 *
 * @param open null once the plan has nothing left to schedule
 */
public record RevisitDetail(long id, RevisitKind kind, Recurrence recurrence, LocalDate firstDueOn,
                            String contactPerson, long ownerUserId, String ownerName, String purpose, long version,
                            OpenOccurrence open, List<HeldOccurrence> held) {

    public record OpenOccurrence(long id, int number, LocalDate dueOn, DueState dueState) {
    }

    /** @param number the occurrence's number in the plan, from 1 */
    public record HeldOccurrence(long id, int number, LocalDate dueOn, LocalDate heldOn, String notes,
                                 Integer satisfaction, String recordedBy, List<FollowUpView> followUps) {
    }

    /** @param overdue open past its due day */
    public record FollowUpView(long id, int number, String text, String owner, LocalDate dueOn, boolean done,
                               boolean overdue) {
    }

    public RevisitPlanForm toForm() {
        return new RevisitPlanForm(kind, recurrence, firstDueOn, contactPerson, ownerUserId, purpose, version);
    }

    public FollowUpView followUp(long followUpId) {
        return held.stream().flatMap(h -> h.followUps().stream()).filter(f -> f.id() == followUpId).findFirst()
                .orElse(null);
    }
}
