package io.luodi.support.revisit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * A revisit plan as its form creates or edits it.
 *
 * @param ownerUserId an implementer member of the project
 * @param version     the version the edit form was loaded at; null for a new plan
 */
public record RevisitPlanForm(@NotNull RevisitKind kind,
                              @NotNull Recurrence recurrence,
                              @NotNull LocalDate firstDueOn,
                              @NotBlank @Size(max = 100) String contactPerson,
                              @NotNull Long ownerUserId,
                              @Size(max = 2000) String purpose,
                              Long version) {

    public static RevisitPlanForm blank(LocalDate today, Long ownerUserId) {
        return new RevisitPlanForm(RevisitKind.PHONE, Recurrence.MONTHLY, today.plusDays(7), null, ownerUserId, null,
                null);
    }
}
