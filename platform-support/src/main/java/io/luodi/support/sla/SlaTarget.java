package io.luodi.support.sla;

import io.luodi.support.ticket.Severity;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * What a policy promises for one severity, in minutes of working time; around the clock means calendar time
 * (24×7) instead of the policy's business calendar.
 */
@Embeddable
public record SlaTarget(@Enumerated(EnumType.STRING) Severity severity, int responseMinutes, int resolutionMinutes,
                        boolean aroundTheClock) {

    public int minutes(ClockKind kind) {
        return kind == ClockKind.RESPONSE ? responseMinutes : resolutionMinutes;
    }
}
