package io.luodi.requirements.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A meeting as its form edits it, with its attendees, decisions and action items in order. Rows keep the id of
 * what they edit; a row without an id is new, and a row left entirely blank is ignored.
 *
 * @param version the version the form was loaded at; null for a new meeting
 */
public record MeetingForm(@NotNull MeetingKind kind,
                          @NotBlank @Size(max = 200) String title,
                          @NotNull LocalDate heldOn,
                          @Size(max = 200) String location,
                          @Size(max = 20_000) String agenda,
                          @Size(max = 200_000) String minutes,
                          @Valid List<AttendeeRow> attendees,
                          @Valid List<DecisionRow> decisions,
                          @Valid List<ActionItemRow> actionItems,
                          Long version) {

    public MeetingForm {
        attendees = rows(attendees, AttendeeRow::isBlank);
        decisions = rows(decisions, DecisionRow::isBlank);
        actionItems = rows(actionItems, ActionItemRow::isBlank);
    }

    public static MeetingForm blank(LocalDate today) {
        return new MeetingForm(MeetingKind.REQUIREMENT_REVIEW, null, today, null, null, null, List.of(), List.of(),
                List.of(), null);
    }

    /** An attendee as named in the minutes; linked to a project member when {@code userId} is set. */
    public record AttendeeRow(Long id, @NotNull AttendeeSide side, @Size(max = 100) String name,
                              @Size(max = 100) String role, Long userId) {

        boolean isBlank() {
            return id == null && blank(name) && blank(role) && userId == null;
        }
    }

    public record DecisionRow(Long id, @NotBlank @Size(max = 2000) String text) {

        boolean isBlank() {
            return id == null && blank(text);
        }
    }

    public record ActionItemRow(Long id, @NotBlank @Size(max = 2000) String text,
                                @NotBlank @Size(max = 100) String owner, LocalDate dueOn, Boolean done) {

        boolean isBlank() {
            return id == null && blank(text) && blank(owner) && dueOn == null;
        }

        public boolean isDone() {
            return Boolean.TRUE.equals(done);
        }
    }

    private static <R> List<R> rows(List<R> rows, java.util.function.Predicate<R> blank) {
        return rows == null ? List.of() : rows.stream().filter(Objects::nonNull).filter(blank.negate()).toList();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
