package io.luodi.support.sla;

import jakarta.persistence.Embeddable;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One working period of a weekday in a stored calendar ({@code dayOfWeek} 1 = Monday … 7 = Sunday). */
@Embeddable
record CalendarHours(short dayOfWeek, LocalTime startTime, LocalTime endTime) {

    static List<CalendarHours> of(Map<DayOfWeek, List<WorkingPeriod>> week) {
        List<CalendarHours> hours = new ArrayList<>();
        week.forEach((day, periods) -> periods.forEach(
                p -> hours.add(new CalendarHours((short) day.getValue(), p.start(), p.end()))));
        return hours;
    }
}
