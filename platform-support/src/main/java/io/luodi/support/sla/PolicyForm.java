package io.luodi.support.sla;

import io.luodi.support.ticket.Severity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/** A policy as edited: targets in hours (0.25 h steps are fine), one row per severity. */
public record PolicyForm(@NotNull PolicyKind kind, long calendarId,
                         @NotNull @Size(min = 4, max = 4) List<@Valid TargetRow> targets, long version) {

    public record TargetRow(
            @NotNull Severity severity,
            @NotNull @DecimalMin("0.25") @DecimalMax("2000") BigDecimal responseHours,
            @NotNull @DecimalMin("0.25") @DecimalMax("2000") BigDecimal resolutionHours,
            boolean aroundTheClock) {

        static TargetRow of(SlaTarget target) {
            return new TargetRow(target.severity(), hours(target.responseMinutes()),
                    hours(target.resolutionMinutes()), target.aroundTheClock());
        }

        @AssertTrue
        public boolean isResolutionAfterResponse() {
            return responseHours == null || resolutionHours == null || resolutionHours.compareTo(responseHours) >= 0;
        }

        SlaTarget toTarget() {
            return new SlaTarget(severity, minutes(responseHours), minutes(resolutionHours), aroundTheClock);
        }

        private static BigDecimal hours(int minutes) {
            return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP)
                    .stripTrailingZeros();
        }

        private static int minutes(BigDecimal hours) {
            return hours.multiply(BigDecimal.valueOf(60)).setScale(0, java.math.RoundingMode.HALF_UP).intValueExact();
        }
    }

    @AssertTrue
    public boolean isEverySeverityOnce() {
        return targets == null || targets.stream().map(TargetRow::severity).distinct().count() == targets.size();
    }
}
