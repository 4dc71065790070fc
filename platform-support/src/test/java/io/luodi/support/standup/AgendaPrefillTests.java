package io.luodi.support.standup;

import io.luodi.support.ticket.Severity;
import io.luodi.support.ticket.TicketSource;
import io.luodi.support.ticket.TicketStatus;
import io.luodi.support.ticket.TicketSummary;
import io.luodi.support.ticket.TicketType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AgendaPrefillTests {

    private static TicketSummary ticket(Severity severity, TicketStatus status, boolean atRisk, boolean breached) {
        Instant now = Instant.parse("2026-11-25T01:00:00Z");
        return new TicketSummary(7, 1, "HIS", "HIS-7", "挂号收费报错", TicketType.DEFECT, severity, status, "陈静", "李强",
                now, now, null, null, atRisk, breached, TicketSource.PORTAL);
    }

    @Test
    void aQuietTicketThatIsNeitherUrgentNorLateStaysOff() {
        assertThat(AgendaPrefill.entry(ticket(Severity.P3, TicketStatus.IN_PROGRESS, false, false), null)).isEmpty();
    }

    @Test
    void aTicketResolvedAndReopenedWithinTheWindowCountsAsAStatusChangeNotAsResolved() {
        TicketActivitySince resolvedThenReopened = new TicketActivitySince(false, TicketStatus.ACKNOWLEDGED, true);

        assertThat(AgendaPrefill.entry(ticket(Severity.P3, TicketStatus.IN_PROGRESS, false, false), resolvedThenReopened))
                .hasValueSatisfying(entry -> {
                    assertThat(entry.reasons()).containsExactly(AgendaReason.STATUS_CHANGED);
                    assertThat(entry.statusBefore()).isEqualTo(TicketStatus.ACKNOWLEDGED);
                });
    }

    @Test
    void aResolvedP1IsNoLongerCarriedOverNorCountedAsLate() {
        TicketActivitySince resolved = new TicketActivitySince(false, TicketStatus.IN_PROGRESS, true);

        assertThat(AgendaPrefill.entry(ticket(Severity.P1, TicketStatus.RESOLVED, true, true), resolved))
                .hasValueSatisfying(entry -> assertThat(entry.reasons()).containsExactly(AgendaReason.RESOLVED));
        assertThat(AgendaPrefill.entry(ticket(Severity.P1, TicketStatus.CLOSED, true, true), null)).isEmpty();
    }

    @Test
    void aBreachedTicketIsNotAlsoListedAsAtRisk() {
        assertThat(AgendaPrefill.entry(ticket(Severity.P2, TicketStatus.WAITING_FOR_CUSTOMER, true, true), null))
                .hasValueSatisfying(entry -> {
                    assertThat(entry.reasons()).isEqualTo(Set.of(AgendaReason.OPEN_HIGH_SEVERITY, AgendaReason.BREACHED));
                    assertThat(entry.statusBefore()).isNull();
                    assertThat(entry.assignee()).isEqualTo("李强");
                });
    }
}
