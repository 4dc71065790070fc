package io.luodi.support.sla;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A business calendar as administrators keep it: time zone, weekly hours and dated exceptions. */
@Entity
@Table(name = "business_calendar")
class StoredCalendar {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private String zoneId;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "business_calendar_hours", joinColumns = @JoinColumn(name = "calendar_id"))
    private List<CalendarHours> hours = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "business_calendar_day", joinColumns = @JoinColumn(name = "calendar_id"))
    private List<CalendarDay> days = new ArrayList<>();

    protected StoredCalendar() {
    }

    StoredCalendar(String name, ZoneId zone, List<CalendarHours> hours) {
        this.name = name;
        this.zoneId = zone.getId();
        this.hours.addAll(hours);
    }

    /** The calendar as the SLA engine reads it. */
    BusinessCalendar workingTime() {
        Map<DayOfWeek, List<WorkingPeriod>> weekly = new EnumMap<>(DayOfWeek.class);
        hours.stream().sorted(Comparator.comparing(CalendarHours::dayOfWeek).thenComparing(CalendarHours::startTime))
                .forEach(h -> weekly.computeIfAbsent(DayOfWeek.of(h.dayOfWeek()), d -> new ArrayList<>())
                        .add(new WorkingPeriod(h.startTime(), h.endTime())));
        Map<LocalDate, DayKind> exceptions = new TreeMap<>();
        days.forEach(d -> exceptions.put(d.day(), d.kind()));
        return new BusinessCalendar(ZoneId.of(zoneId), weekly, exceptions);
    }

    /** Adds the days not there yet; a day already kept (perhaps edited by an administrator) stays as it is. */
    int addMissingDays(Map<LocalDate, CalendarDay> wanted) {
        List<LocalDate> present = days.stream().map(CalendarDay::day).toList();
        List<CalendarDay> missing = wanted.values().stream().filter(d -> !present.contains(d.day())).toList();
        days.addAll(missing);
        return missing.size();
    }

    void describe(String name, ZoneId zone, Map<DayOfWeek, List<WorkingPeriod>> week) {
        this.name = name;
        this.zoneId = zone.getId();
        hours.clear();
        hours.addAll(CalendarHours.of(week));
    }

    /** Keeps the day, replacing what the calendar said about that date before. */
    void putDay(CalendarDay day) {
        days.removeIf(d -> d.day().equals(day.day()));
        days.add(day);
    }

    boolean removeDay(LocalDate day) {
        return days.removeIf(d -> d.day().equals(day));
    }

    void copyDays(StoredCalendar other) {
        other.days.forEach(this::putDay);
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    ZoneId getZone() {
        return ZoneId.of(zoneId);
    }

    List<CalendarHours> getHours() {
        return hours;
    }

    List<CalendarDay> getDays() {
        return days.stream().sorted(Comparator.comparing(CalendarDay::day)).toList();
    }

    long getVersion() {
        return version;
    }

    void setVersion(long version) {
        this.version = version;
    }
}
