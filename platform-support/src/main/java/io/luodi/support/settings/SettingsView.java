package io.luodi.support.settings;

import io.luodi.support.sla.PolicyKind;

import java.time.LocalDate;

/** A project's support settings as services and pages read them. */
public record SettingsView(long projectId, CustomerVisibility customerVisibility, int reopenWindowDays,
                           int atRiskPercent, LocalDate hypercareStart, LocalDate hypercareEnd, long version) {

    /**
     * The policy a ticket opened on {@code day} runs under: hypercare from its start (or from the beginning when no
     * start is set) until its end (or for good when no end is set); standard support before and after.
     */
    public PolicyKind policyOn(LocalDate day) {
        boolean started = hypercareStart == null || !day.isBefore(hypercareStart);
        boolean ended = hypercareEnd != null && day.isAfter(hypercareEnd);
        return started && !ended ? PolicyKind.HYPERCARE : PolicyKind.STANDARD;
    }

    public double atRiskShare() {
        return atRiskPercent / 100.0;
    }

    public SettingsForm toForm() {
        return new SettingsForm(customerVisibility, reopenWindowDays, atRiskPercent, hypercareStart, hypercareEnd,
                version);
    }
}
