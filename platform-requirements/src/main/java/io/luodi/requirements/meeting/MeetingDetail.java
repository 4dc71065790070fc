package io.luodi.requirements.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A meeting with its attendees, its decisions with the requirements they produced, and its action items. */
public record MeetingDetail(long id, MeetingKind kind, String title, LocalDate heldOn, String location,
                            String agenda, String minutes, String createdBy, Instant createdAt, long version,
                            List<AttendeeView> attendees, List<DecisionView> decisions,
                            List<ActionItemView> actionItems) {

    public record AttendeeView(long id, AttendeeSide side, String name, String role, Long userId) {
    }

    /**
     * @param number       the decision's number as the minutes list it, from 1
     * @param requirements the requirements created from it or changed by it
     */
    public record DecisionView(long id, int number, String text, List<RequirementLink> requirements) {
    }

    public record RequirementLink(long id, String key, String title) {
    }

    /** @param overdue open past its due day */
    public record ActionItemView(long id, int number, String text, String owner, LocalDate dueOn, boolean done,
                                 boolean overdue) {
    }

    public List<AttendeeView> attendeesOn(AttendeeSide side) {
        return attendees.stream().filter(a -> a.side() == side).toList();
    }

    public DecisionView decision(long decisionId) {
        return decisions.stream().filter(d -> d.id() == decisionId).findFirst().orElse(null);
    }

    public MeetingForm toForm() {
        return new MeetingForm(kind, title, heldOn, location, agenda, minutes,
                attendees.stream().map(a -> new MeetingForm.AttendeeRow(a.id(), a.side(), a.name(), a.role(),
                        a.userId())).toList(),
                decisions.stream().map(d -> new MeetingForm.DecisionRow(d.id(), d.text())).toList(),
                actionItems.stream().map(a -> new MeetingForm.ActionItemRow(a.id(), a.text(), a.owner(), a.dueOn(),
                        a.done())).toList(),
                version);
    }
}
