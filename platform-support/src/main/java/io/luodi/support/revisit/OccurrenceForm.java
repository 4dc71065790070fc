package io.luodi.support.revisit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A revisit as held: when, what was said, how satisfied the customer is (optional) and the follow-up actions.
 * A follow-up row left entirely blank is ignored.
 *
 * @param occurrenceId the open occurrence the form records; if another is open by now, the form is stale
 */
public record OccurrenceForm(@NotNull Long occurrenceId,
                             @NotNull LocalDate heldOn,
                             @Size(max = 20_000) String notes,
                             @Min(1) @Max(5) Integer satisfaction,
                             @Valid List<FollowUpRow> followUps) {

    /** Rows the form offers for follow-up actions. */
    public static final int FOLLOW_UP_ROWS = 3;

    public OccurrenceForm {
        followUps = followUps == null ? List.of()
                : followUps.stream().filter(Objects::nonNull).filter(row -> !row.isBlank()).toList();
    }

    public static OccurrenceForm blank(long occurrenceId, LocalDate today) {
        return new OccurrenceForm(occurrenceId, today, null, null, List.of());
    }

    public record FollowUpRow(@NotBlank @Size(max = 2000) String text, @NotBlank @Size(max = 100) String owner,
                              LocalDate dueOn) {

        boolean isBlank() {
            return (text == null || text.isBlank()) && (owner == null || owner.isBlank()) && dueOn == null;
        }
    }

    /** The rows to show: those entered, then blank ones up to {@link #FOLLOW_UP_ROWS}. */
    public int rowsToShow() {
        return Math.max(FOLLOW_UP_ROWS, followUps.size() + 1);
    }
}
