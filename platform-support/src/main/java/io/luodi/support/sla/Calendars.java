package io.luodi.support.sla;

import io.luodi.core.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.ZoneId;
import java.util.List;

/** The business calendars there are, and the working time each clock counts in. */
@Service
@Transactional(readOnly = true)
public class Calendars {

    /** The calendar every new policy starts on: mainland China's working week with its public holidays. */
    public static final String CHINA_MAINLAND = "中国大陆工作日（北京时间）";

    private final StoredCalendarRepository calendars;

    Calendars(StoredCalendarRepository calendars) {
        this.calendars = calendars;
    }

    public List<CalendarView> all() {
        return calendars.findAllByOrderByName().stream().map(CalendarView::of).toList();
    }

    public CalendarView get(long id) {
        return CalendarView.of(stored(id));
    }

    long defaultCalendarId() {
        return calendars.findByName(CHINA_MAINLAND).or(() -> calendars.findAllByOrderByName().stream().findFirst())
                .map(StoredCalendar::getId)
                .orElseThrow(() -> new IllegalStateException("no business calendar: the seeder has not run"));
    }

    WorkingTime workingTime(Long calendarId, ZoneId zone) {
        return calendarId == null ? new AroundTheClock(zone) : stored(calendarId).workingTime();
    }

    String name(Long calendarId) {
        return calendarId == null ? null : calendars.findById(calendarId).map(StoredCalendar::getName).orElse(null);
    }

    private StoredCalendar stored(long id) {
        return calendars.findById(id).orElseThrow(() -> new NotFoundException("calendar " + id));
    }
}
