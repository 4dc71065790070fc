package io.luodi.requirements.meeting;

import java.time.LocalDate;

/** A row of the meeting list. */
public record MeetingSummary(long id, MeetingKind kind, String title, LocalDate heldOn, String location,
                             int attendees, int decisions, int openActionItems, int overdueActionItems) {
}
