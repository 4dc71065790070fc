package io.luodi.support.sla;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Makes sure the mainland China calendar exists and knows every year of public holidays this release ships, so a
 * new year's holidays arrive with an upgrade. Days an administrator already keeps are left as they are.
 */
@Component
@Order(0)
class CalendarSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CalendarSeeder.class);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final StoredCalendarRepository calendars;

    CalendarSeeder(StoredCalendarRepository calendars) {
        this.calendars = calendars;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        StoredCalendar calendar = calendars.findByName(Calendars.CHINA_MAINLAND)
                .orElseGet(() -> calendars.save(new StoredCalendar(Calendars.CHINA_MAINLAND, SHANGHAI, weekdays())));
        Map<LocalDate, CalendarDay> days = new TreeMap<>();
        for (int year : ChinaPublicHolidays.years()) {
            ChinaPublicHolidays.forYear(year).forEach((day, kind) -> days.put(day,
                    new CalendarDay(day, kind, ChinaPublicHolidays.name(day, Locale.SIMPLIFIED_CHINESE))));
        }
        int added = calendar.addMissingDays(days);
        if (added > 0) {
            log.info("Business calendar '{}': {} public holiday and make-up working days added", calendar.getName(),
                    added);
        }
    }

    /** The stored form of the engine's standard mainland China week, so the two never differ. */
    private static List<CalendarHours> weekdays() {
        return CalendarHours.of(BusinessCalendar.chinaStandard(SHANGHAI, Map.of()).weeklyHours());
    }
}
