package io.luodi.support.sla;

import static io.luodi.support.sla.LocalTimes.NEW_YORK;
import static io.luodi.support.sla.LocalTimes.at;
import static io.luodi.support.sla.LocalTimes.local;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** New York springs forward on Sunday 2026-03-08 (02:00 becomes 03:00) and falls back on Sunday 2026-11-01. */
class BusinessCalendarDaylightSavingTests {

    private static BusinessCalendar everyDay(WorkingPeriod... periods) {
        return new BusinessCalendar(NEW_YORK, Arrays.stream(DayOfWeek.values())
                .collect(Collectors.toMap(Function.identity(), day -> List.of(periods))), Map.of());
    }

    private static WorkingPeriod period(String start, String end) {
        return new WorkingPeriod(LocalTime.parse(start), LocalTime.parse(end));
    }

    private static Duration workedOn(BusinessCalendar calendar, String day) {
        LocalDate date = LocalDate.parse(day);
        return calendar.workingTimeBetween(date.atStartOfDay(NEW_YORK).toInstant(),
                date.plusDays(1).atStartOfDay(NEW_YORK).toInstant());
    }

    private final BusinessCalendar nineToSix = everyDay(period("09:00", "18:00"));

    @Test
    void aNineToSixDayIsNineHoursOnBothChangeDays() {
        assertThat(workedOn(nineToSix, "2026-03-08")).isEqualTo(Duration.ofHours(9));
        assertThat(workedOn(nineToSix, "2026-11-01")).isEqualTo(Duration.ofHours(9));
    }

    @Test
    void nineHoursFromOpeningOnAChangeDayEndAtSixOnTheWallClock() {
        assertThat(local(nineToSix.addWorkingTime(at("2026-03-08T09:00", NEW_YORK), Duration.ofHours(9)), NEW_YORK))
                .isEqualTo("2026-03-08T18:00");
        assertThat(local(nineToSix.addWorkingTime(at("2026-11-01T09:00", NEW_YORK), Duration.ofHours(9)), NEW_YORK))
                .isEqualTo("2026-11-01T18:00");
    }

    @Test
    void workingTimeOverTheChangingNightsIgnoresTheLostAndGainedHour() {
        assertThat(local(nineToSix.addWorkingTime(at("2026-03-07T17:00", NEW_YORK), Duration.ofHours(2)), NEW_YORK))
                .isEqualTo("2026-03-08T10:00");
        assertThat(local(nineToSix.addWorkingTime(at("2026-10-31T17:00", NEW_YORK), Duration.ofHours(2)), NEW_YORK))
                .isEqualTo("2026-11-01T10:00");
    }

    @Test
    void aNightShiftOverTheChangeWorksTheRealHours() {
        // 00:00–06:00 on the wall clock: five real hours in spring, seven in autumn.
        BusinessCalendar nightShift = everyDay(period("00:00", "06:00"));

        assertThat(workedOn(nightShift, "2026-03-07")).isEqualTo(Duration.ofHours(6));
        assertThat(workedOn(nightShift, "2026-03-08")).isEqualTo(Duration.ofHours(5));
        assertThat(workedOn(nightShift, "2026-11-01")).isEqualTo(Duration.ofHours(7));
        assertThat(local(nightShift.addWorkingTime(at("2026-03-08T00:00", NEW_YORK), Duration.ofHours(5)), NEW_YORK))
                .isEqualTo("2026-03-08T06:00");
    }

    @Test
    void aPeriodInTheRepeatedHourCountsItsFirstPassage() {
        // 01:00–02:00 happens twice on 2026-11-01; a period ending at 01:30 ends on its first passage.
        BusinessCalendar small = everyDay(period("00:00", "01:30"), period("01:30", "03:00"));

        assertThat(workedOn(small, "2026-11-01")).isEqualTo(Duration.ofHours(4));
        Instant firstPassageEnd = small.addWorkingTime(at("2026-11-01T00:00", NEW_YORK), Duration.ofMinutes(90));
        assertThat(firstPassageEnd).isEqualTo(Instant.parse("2026-11-01T05:30:00Z"));
    }
}
