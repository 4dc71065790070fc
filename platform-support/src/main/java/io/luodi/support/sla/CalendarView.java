package io.luodi.support.sla;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/** A business calendar as pages show it. */
public record CalendarView(long id, String name, ZoneId zone, List<Hours> hours, List<Day> days, long version) {

    public record Hours(DayOfWeek dayOfWeek, LocalTime start, LocalTime end) {
    }

    public record Day(LocalDate day, DayKind kind, String name) {
    }

    static CalendarView of(StoredCalendar calendar) {
        return new CalendarView(calendar.getId(), calendar.getName(), calendar.getZone(),
                calendar.getHours().stream()
                        .map(h -> new Hours(DayOfWeek.of(h.dayOfWeek()), h.startTime(), h.endTime()))
                        .sorted(java.util.Comparator.comparing(Hours::dayOfWeek).thenComparing(Hours::start))
                        .toList(),
                calendar.getDays().stream().map(d -> new Day(d.day(), d.kind(), d.name())).toList(),
                calendar.getVersion());
    }
}
