package io.luodi.support.sla;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A business calendar's name, time zone and weekly working hours, one text per weekday (Monday first) as
 * {@link WeekHoursText} reads it. A new calendar may start as a copy of another one's dated days.
 */
public record CalendarForm(
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Size(max = 64) String zoneId,
        List<@Size(max = 200) String> week,
        Long copyDaysFromId,
        long version) {
}
