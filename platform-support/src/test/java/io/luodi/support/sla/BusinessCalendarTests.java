package io.luodi.support.sla;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BusinessCalendarTests {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    /** Mon–Fri 09:00–12:00 and 13:30–18:00 with mainland China's 2025 and 2026 holidays and make-up days. */
    static final BusinessCalendar CHINA = BusinessCalendar.chinaStandard(SHANGHAI, holidays());

    static Map<LocalDate, DayKind> holidays() {
        Map<LocalDate, DayKind> days = new java.util.TreeMap<>(ChinaPublicHolidays.forYear(2025));
        days.putAll(ChinaPublicHolidays.forYear(2026));
        return days;
    }

    static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    static Duration hours(double hours) {
        return Duration.ofMinutes(Math.round(hours * 60));
    }

    @Test
    void withinOneWorkingPeriod() {
        assertThat(CHINA.addWorkingTime(shanghai("2026-11-24T09:30"), hours(2))).isEqualTo(shanghai("2026-11-24T11:30"));
    }

    @Test
    void theLunchBreakDoesNotCount() {
        assertThat(CHINA.addWorkingTime(shanghai("2026-11-24T11:00"), hours(2))).isEqualTo(shanghai("2026-11-24T14:30"));
        assertThat(CHINA.workingTimeBetween(shanghai("2026-11-24T11:00"), shanghai("2026-11-24T14:30")))
                .isEqualTo(hours(2));
    }

    @Test
    void startingDuringLunchCountsFromTheAfternoon() {
        assertThat(CHINA.addWorkingTime(shanghai("2026-11-24T12:40"), hours(1))).isEqualTo(shanghai("2026-11-24T14:30"));
    }

    @Test
    void theNightDoesNotCount() {
        assertThat(CHINA.addWorkingTime(shanghai("2026-11-24T17:00"), hours(2))).isEqualTo(shanghai("2026-11-25T10:00"));
    }

    @Test
    void startingBeforeOpeningCountsFromOpening() {
        assertThat(CHINA.addWorkingTime(shanghai("2026-11-24T06:15"), hours(1))).isEqualTo(shanghai("2026-11-24T10:00"));
    }

    @Test
    void aWeekendIsSkipped() {
        assertThat(CHINA.addWorkingTime(shanghai("2026-11-27T17:00"), hours(2))).isEqualTo(shanghai("2026-11-30T10:00"));
        assertThat(CHINA.addWorkingTime(shanghai("2026-11-28T10:00"), hours(1))).isEqualTo(shanghai("2026-11-30T10:00"));
        assertThat(CHINA.workingTimeBetween(shanghai("2026-11-28T00:00"), shanghai("2026-11-30T00:00")))
                .isZero();
    }

    @Test
    void aDueTimeAtTheEndOfAPeriodIsThatEnd() {
        assertThat(CHINA.addWorkingTime(shanghai("2026-11-24T09:00"), hours(7.5))).isEqualTo(shanghai("2026-11-24T18:00"));
        assertThat(CHINA.addWorkingTime(shanghai("2026-11-24T09:00"), hours(3))).isEqualTo(shanghai("2026-11-24T12:00"));
    }

    @Test
    void zeroWorkingTimeIsTheStartItself() {
        assertThat(CHINA.addWorkingTime(shanghai("2026-11-28T10:00"), Duration.ZERO)).isEqualTo(shanghai("2026-11-28T10:00"));
    }

    /**
     * Opened on Friday 18 September 2026 at 19:30 with four working hours: Saturday is off, Sunday 20 September is the
     * National Day make-up working day (09:00–12:00 is three hours, one more after lunch), so it is due at 14:30.
     */
    @Test
    void aFridayEveningTicketIsDueOnTheMakeUpSunday() {
        assertThat(CHINA.addWorkingTime(shanghai("2026-09-18T19:30"), hours(4))).isEqualTo(shanghai("2026-09-20T14:30"));
    }

    /** 30 September 16:00 + 16 h: two hours that day, 1–7 October off, 7.5 h on the 8th, 6.5 h on the 9th → 17:00. */
    @Test
    void theNationalDayHolidayIsSkipped() {
        assertThat(CHINA.addWorkingTime(shanghai("2026-09-30T16:00"), hours(16))).isEqualTo(shanghai("2026-10-09T17:00"));
        assertThat(CHINA.workingTimeBetween(shanghai("2026-10-01T00:00"), shanghai("2026-10-08T00:00"))).isZero();
    }

    @Test
    void aMakeUpSaturdayWorksTheHoursOfAWeekday() {
        assertThat(CHINA.periodsOn(LocalDate.of(2026, 10, 10))).isEqualTo(CHINA.periodsOn(LocalDate.of(2026, 10, 12)));
        assertThat(CHINA.workingTimeBetween(shanghai("2026-10-10T00:00"), shanghai("2026-10-11T00:00")))
                .isEqualTo(hours(7.5));
        assertThat(CHINA.periodsOn(LocalDate.of(2026, 10, 17))).isEmpty();
    }

    @Test
    void springFestival2026SpansNineDaysWithTwoMakeUpSaturdays() {
        assertThat(CHINA.workingTimeBetween(shanghai("2026-02-15T00:00"), shanghai("2026-02-24T00:00"))).isZero();
        assertThat(CHINA.addWorkingTime(shanghai("2026-02-13T17:00"), hours(2))).isEqualTo(shanghai("2026-02-14T10:00"));
        assertThat(CHINA.addWorkingTime(shanghai("2026-02-14T17:00"), hours(2))).isEqualTo(shanghai("2026-02-24T10:00"));
    }

    @Test
    void workingTimeBetweenIsZeroBackwards() {
        assertThat(CHINA.workingTimeBetween(shanghai("2026-11-24T12:00"), shanghai("2026-11-24T10:00"))).isZero();
    }

    @Test
    void aWorkingDayAcrossTheSpringDaylightSavingChangeKeepsItsHours() {
        BusinessCalendar everyDay = new BusinessCalendar(NEW_YORK, allWeek(new WorkingPeriod(LocalTime.of(0, 0),
                LocalTime.of(6, 0))), Map.of());
        Instant saturday = ZonedDateTime.of(2026, 3, 7, 0, 0, 0, 0, NEW_YORK).toInstant();
        Instant monday = ZonedDateTime.of(2026, 3, 9, 0, 0, 0, 0, NEW_YORK).toInstant();
        // 02:00 does not exist on 8 March 2026 in New York: that night's 00:00–06:00 lasts five hours.
        assertThat(everyDay.workingTimeBetween(saturday, monday)).isEqualTo(Duration.ofHours(11));
        assertThat(everyDay.addWorkingTime(saturday, Duration.ofHours(8)))
                .isEqualTo(ZonedDateTime.of(2026, 3, 8, 3, 0, 0, 0, NEW_YORK).toInstant());
    }

    @Test
    void officeHoursAcrossTheAutumnDaylightSavingChangeStayNineHours() {
        BusinessCalendar office = new BusinessCalendar(NEW_YORK, allWeek(new WorkingPeriod(LocalTime.of(9, 0),
                LocalTime.of(18, 0))), Map.of());
        Instant start = ZonedDateTime.of(2026, 10, 31, 17, 0, 0, 0, NEW_YORK).toInstant();
        // One hour on Saturday, then eight of Sunday 1 November (the day the clocks go back): due at 17:00 local.
        assertThat(office.addWorkingTime(start, Duration.ofHours(9)))
                .isEqualTo(ZonedDateTime.of(2026, 11, 1, 17, 0, 0, 0, NEW_YORK).toInstant());
    }

    @Test
    void theSameDueInstantReadsInEachViewersZone() {
        Instant due = CHINA.addWorkingTime(shanghai("2026-09-18T19:30"), hours(4));
        assertThat(due.atZone(SHANGHAI).toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-09-20T14:30"));
        assertThat(due.atZone(ZoneId.of("Europe/Berlin")).toLocalDateTime())
                .isEqualTo(LocalDateTime.parse("2026-09-20T08:30"));
    }

    @Test
    void aCalendarWithoutWorkingHoursIsRefused() {
        assertThatThrownBy(() -> new BusinessCalendar(SHANGHAI, Map.of(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("working hours");
    }

    @Test
    void overlappingPeriodsAreRefused() {
        Map<DayOfWeek, List<WorkingPeriod>> week = Map.of(DayOfWeek.MONDAY, List.of(
                new WorkingPeriod(LocalTime.of(9, 0), LocalTime.of(12, 0)),
                new WorkingPeriod(LocalTime.of(11, 0), LocalTime.of(14, 0))));
        assertThatThrownBy(() -> new BusinessCalendar(SHANGHAI, week, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlap");
        assertThatThrownBy(() -> new WorkingPeriod(LocalTime.of(12, 0), LocalTime.of(9, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void negativeWorkingTimeIsRefused() {
        assertThatThrownBy(() -> CHINA.addWorkingTime(Instant.EPOCH, Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCalendarWhoseWorkingDaysAreAllHolidaysGivesUp() {
        Map<LocalDate, DayKind> everyMonday = new java.util.HashMap<>();
        for (LocalDate day = LocalDate.of(2026, 1, 5); day.getYear() < 2040; day = day.plusWeeks(1)) {
            everyMonday.put(day, DayKind.HOLIDAY);
        }
        BusinessCalendar mondaysOnly = new BusinessCalendar(SHANGHAI, Map.of(DayOfWeek.MONDAY,
                List.of(new WorkingPeriod(LocalTime.of(9, 0), LocalTime.of(10, 0)))), everyMonday);
        assertThatThrownBy(() -> mondaysOnly.addWorkingTime(shanghai("2026-01-01T00:00"), hours(1)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void addingAndMeasuringAgree() {
        Random random = new Random(20261125);
        List<WorkingTime> calendars = List.of(CHINA, new AroundTheClock(SHANGHAI),
                new BusinessCalendar(NEW_YORK, allWeek(new WorkingPeriod(LocalTime.of(1, 0), LocalTime.of(4, 30))),
                        Map.of()));
        Instant base = shanghai("2025-01-01T00:00");
        for (int i = 0; i < 500; i++) {
            WorkingTime calendar = calendars.get(i % calendars.size());
            Instant start = base.plusSeconds(random.nextInt(60 * 60 * 24 * 700));
            Duration amount = Duration.ofMinutes(random.nextInt(60 * 200));
            Instant end = calendar.addWorkingTime(start, amount);
            assertThat(calendar.workingTimeBetween(start, end)).as("%s + %s", start, amount).isEqualTo(amount);
        }
    }

    static Map<DayOfWeek, List<WorkingPeriod>> allWeek(WorkingPeriod period) {
        Map<DayOfWeek, List<WorkingPeriod>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, List.of(period));
        }
        return week;
    }
}
