package io.luodi.support.sla;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.NotFoundException;
import io.luodi.core.audit.AuditAction;
import io.luodi.core.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Administrators keep the business calendars: name, time zone, weekly hours and dated days. A change reaches the
 * running clocks on the calendar at once, so "breaching soon" lists and due times stay true.
 */
@Service
@Transactional
public class CalendarAdministration {

    private final StoredCalendarRepository calendars;
    private final SlaPolicyRepository policies;
    private final TicketClockRepository clocks;
    private final TicketClocks ticketClocks;
    private final AuditLog audit;

    CalendarAdministration(StoredCalendarRepository calendars, SlaPolicyRepository policies,
                           TicketClockRepository clocks, TicketClocks ticketClocks, AuditLog audit) {
        this.calendars = calendars;
        this.policies = policies;
        this.clocks = clocks;
        this.ticketClocks = ticketClocks;
        this.audit = audit;
    }

    /** The form to edit a calendar with, its weekly hours as text. */
    @Transactional(readOnly = true)
    public CalendarForm form(long id) {
        StoredCalendar calendar = stored(id);
        Map<DayOfWeek, List<WorkingPeriod>> week = calendar.workingTime().weeklyHours();
        return new CalendarForm(calendar.getName(), calendar.getZone().getId(),
                Arrays.stream(DayOfWeek.values())
                        .map(day -> WeekHoursText.format(week.getOrDefault(day, List.of()))).toList(),
                null, calendar.getVersion());
    }

    public long create(CalendarForm form) {
        String name = uniqueName(form.name(), null);
        StoredCalendar calendar = new StoredCalendar(name, zone(form.zoneId()), List.of());
        calendar.describe(name, zone(form.zoneId()), week(form.week()));
        if (form.copyDaysFromId() != null) {
            calendar.copyDays(stored(form.copyDaysFromId()));
        }
        calendars.saveAndFlush(calendar);
        audit.record(AuditAction.CREATE, "business_calendar", calendar.getId(), null, name);
        return calendar.getId();
    }

    public void update(long id, CalendarForm form) {
        StoredCalendar calendar = stored(id);
        calendar.setVersion(form.version());
        String name = uniqueName(form.name(), id);
        calendar.describe(name, zone(form.zoneId()), week(form.week()));
        calendars.saveAndFlush(calendar);
        ticketClocks.calendarChanged(id);
        audit.record(AuditAction.UPDATE, "business_calendar", id, null, name + " " + form.zoneId() + " "
                + form.week());
    }

    public void putDay(long id, DayForm form) {
        StoredCalendar calendar = stored(id);
        calendar.putDay(new CalendarDay(form.day(), form.kind(),
                form.name() == null || form.name().isBlank() ? null : form.name().strip()));
        calendars.saveAndFlush(calendar);
        ticketClocks.calendarChanged(id);
        audit.record(AuditAction.UPDATE, "business_calendar", id, null, form.day() + " " + form.kind());
    }

    public void removeDay(long id, LocalDate day) {
        StoredCalendar calendar = stored(id);
        if (calendar.removeDay(day)) {
            calendars.saveAndFlush(calendar);
            ticketClocks.calendarChanged(id);
            audit.record(AuditAction.UPDATE, "business_calendar", id, null, day + " removed");
        }
    }

    /** Deletes a calendar no policy and no clock counts in. */
    public void delete(long id) {
        StoredCalendar calendar = stored(id);
        if (policies.existsByCalendarId(id) || clocks.existsByCalendarId(id)) {
            throw new BusinessRuleException("calendar.inUse", calendar.getName());
        }
        calendars.delete(calendar);
        audit.record(AuditAction.DELETE, "business_calendar", id, null, calendar.getName());
    }

    private String uniqueName(String name, Long self) {
        String stripped = name.strip();
        calendars.findByName(stripped).filter(other -> !other.getId().equals(self)).ifPresent(other -> {
            throw BusinessRuleException.onField("name", "calendar.name.taken", stripped);
        });
        return stripped;
    }

    private static ZoneId zone(String zoneId) {
        try {
            return ZoneId.of(zoneId.strip());
        } catch (DateTimeException unknown) {
            throw BusinessRuleException.onField("zoneId", "calendar.zone.unknown", zoneId);
        }
    }

    private static Map<DayOfWeek, List<WorkingPeriod>> week(List<String> texts) {
        Map<DayOfWeek, List<WorkingPeriod>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            String text = texts == null || texts.size() < day.getValue() ? null : texts.get(day.getValue() - 1);
            try {
                week.put(day, WeekHoursText.parse(text));
            } catch (IllegalArgumentException invalid) {
                throw BusinessRuleException.onField("week[" + (day.getValue() - 1) + "]", "calendar.hours.invalid",
                        text);
            }
        }
        if (week.values().stream().allMatch(List::isEmpty)) {
            throw BusinessRuleException.onField("week[0]", "calendar.hours.none");
        }
        return week;
    }

    private StoredCalendar stored(long id) {
        return calendars.findById(id).orElseThrow(() -> new NotFoundException("calendar " + id));
    }
}
