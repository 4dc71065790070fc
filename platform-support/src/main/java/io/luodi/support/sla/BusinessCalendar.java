package io.luodi.support.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Business hours in a time zone: working periods per weekday, public holidays without work, and weekend days worked
 * instead (调休), which work the hours of the first weekday that has any. Periods are local times, so a working day
 * across a daylight-saving change is still as long as its hours say.
 */
public final class BusinessCalendar implements WorkingTime {

    /** How far ahead a due time is looked for before the calendar is deemed to have no working time left. */
    private static final int MAX_DAYS = 3700;
    private static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    private final ZoneId zone;
    private final Map<DayOfWeek, List<WorkingPeriod>> weeklyHours;
    private final Map<LocalDate, DayKind> exceptions;
    private final List<WorkingPeriod> makeUpDayHours;

    public BusinessCalendar(ZoneId zone, Map<DayOfWeek, List<WorkingPeriod>> weeklyHours,
                            Map<LocalDate, DayKind> exceptions) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.weeklyHours = new EnumMap<>(DayOfWeek.class);
        weeklyHours.forEach((day, periods) -> this.weeklyHours.put(day, sorted(day, periods)));
        this.exceptions = new TreeMap<>(exceptions);
        this.makeUpDayHours = WEEKDAYS.stream().map(d -> this.weeklyHours.getOrDefault(d, List.of()))
                .filter(p -> !p.isEmpty()).findFirst()
                .orElseGet(() -> this.weeklyHours.values().stream().filter(p -> !p.isEmpty()).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("a business calendar needs working hours")));
    }

    /** Monday to Friday 09:00–12:00 and 13:30–18:00, the usual office hours in mainland China. */
    public static BusinessCalendar chinaStandard(ZoneId zone, Map<LocalDate, DayKind> exceptions) {
        List<WorkingPeriod> day = List.of(new WorkingPeriod(LocalTime.of(9, 0), LocalTime.of(12, 0)),
                new WorkingPeriod(LocalTime.of(13, 30), LocalTime.of(18, 0)));
        Map<DayOfWeek, List<WorkingPeriod>> week = new EnumMap<>(DayOfWeek.class);
        WEEKDAYS.forEach(d -> week.put(d, day));
        return new BusinessCalendar(zone, week, exceptions);
    }

    @Override
    public ZoneId zone() {
        return zone;
    }

    public Map<DayOfWeek, List<WorkingPeriod>> weeklyHours() {
        return weeklyHours;
    }

    /** The working periods of a date, after holidays and make-up working days. */
    public List<WorkingPeriod> periodsOn(LocalDate day) {
        DayKind exception = exceptions.get(day);
        if (exception == DayKind.HOLIDAY) {
            return List.of();
        }
        List<WorkingPeriod> usual = weeklyHours.getOrDefault(day.getDayOfWeek(), List.of());
        return exception == DayKind.WORKDAY && usual.isEmpty() ? makeUpDayHours : usual;
    }

    @Override
    public Instant addWorkingTime(Instant start, Duration amount) {
        requireNotNegative(amount);
        if (amount.isZero()) {
            return start;
        }
        Duration remaining = amount;
        LocalDate day = start.atZone(zone).toLocalDate();
        for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
            for (WorkingPeriod period : periodsOn(day)) {
                Instant periodEnd = instant(day, period.end());
                if (!periodEnd.isAfter(start)) {
                    continue;
                }
                Instant from = later(instant(day, period.start()), start);
                if (!periodEnd.isAfter(from)) {
                    continue;
                }
                Duration available = Duration.between(from, periodEnd);
                if (remaining.compareTo(available) <= 0) {
                    return from.plus(remaining);
                }
                remaining = remaining.minus(available);
            }
        }
        throw new IllegalStateException("no working time within " + MAX_DAYS + " days after " + start);
    }

    @Override
    public Duration workingTimeBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            for (WorkingPeriod period : periodsOn(day)) {
                Instant start = later(instant(day, period.start()), from);
                Instant end = earlier(instant(day, period.end()), to);
                if (end.isAfter(start)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    static void requireNotNegative(Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("working time cannot be negative: " + amount);
        }
    }

    private Instant instant(LocalDate day, LocalTime time) {
        return ZonedDateTime.of(day, time, zone).toInstant();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static List<WorkingPeriod> sorted(DayOfWeek day, List<WorkingPeriod> periods) {
        List<WorkingPeriod> sorted = periods.stream().sorted(java.util.Comparator.comparing(WorkingPeriod::start))
                .toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).start().isBefore(sorted.get(i - 1).end())) {
                throw new IllegalArgumentException("working periods of " + day + " overlap: " + sorted.get(i - 1)
                        + " and " + sorted.get(i));
            }
        }
        return sorted;
    }
}
