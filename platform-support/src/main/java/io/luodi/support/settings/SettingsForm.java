package io.luodi.support.settings;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

public record SettingsForm(
        @NotNull CustomerVisibility customerVisibility,
        @Min(0) @Max(365) int reopenWindowDays,
        @Min(1) @Max(99) int atRiskPercent,
        LocalDate hypercareStart,
        LocalDate hypercareEnd,
        long version) {
}
