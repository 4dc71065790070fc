package io.luodi.support.ticket;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What is entered when a ticket is raised or edited. A customer's form has no assignee, reporter or root cause;
 * staff may raise a ticket on behalf of a customer user ({@code reporterId}).
 */
public record TicketForm(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 20000) String description,
        @NotNull TicketType type,
        @NotNull Severity severity,
        @Size(max = 100) String module,
        @Size(max = 50) String environment,
        Long assigneeId,
        Long reporterId,
        @Size(max = 20000) String rootCause,
        Long version) {

    public static TicketForm blank() {
        return new TicketForm(null, null, TicketType.DEFECT, Severity.P3, null, null, null, null, null, null);
    }
}
