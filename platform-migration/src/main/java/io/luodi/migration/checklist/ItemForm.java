package io.luodi.migration.checklist;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/**
 * A person's judgement of a checklist item.
 *
 * @param ownerUserId a member of the project, or null
 * @param version     the version the form was loaded at
 */
public record ItemForm(@NotNull ItemStatus status,
                       Long ownerUserId,
                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
                       @Size(max = 2000) String note,
                       Long version) {
}
