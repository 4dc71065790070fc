package io.luodi.support.sla;

import static io.luodi.support.sla.LocalTimes.BERLIN;
import static io.luodi.support.sla.LocalTimes.SHANGHAI;
import static io.luodi.support.sla.LocalTimes.at;
import static io.luodi.support.sla.LocalTimes.local;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Office hours in Shanghai with the State Council's 2026 holidays and make-up workdays. */
class ChinaStandardCalendarTests {

    private final BusinessCalendar office = BusinessCalendar.chinaStandard(SHANGHAI, ChinaPublicHolidays.forYear(2026));

    @Test
    void aP1OpenedFridayEveningBeforeTheWorkedSundayIsDueOnThatSundayAt1430() {
        // Friday 2026-09-18 19:30 is after closing, Saturday is off, Sunday 09-20 is worked for National Day with
        // Monday's hours: 09:00–12:00 gives 3 h, the fourth hour runs 13:30–14:30.
        Instant due = office.addWorkingTime(at("2026-09-18T19:30", SHANGHAI), Duration.ofHours(4));

        assertThat(local(due, SHANGHAI)).isEqualTo("2026-09-20T14:30");
    }

    @Test
    void theSameDueInstantReadsAsLocalTimeWhereverTheViewerIs() {
        Instant due = office.addWorkingTime(at("2026-09-18T19:30", SHANGHAI), Duration.ofHours(4));

        assertThat(due).isEqualTo(Instant.parse("2026-09-20T06:30:00Z"));
        assertThat(local(due, SHANGHAI)).isEqualTo("2026-09-20T14:30");
        assertThat(local(due, BERLIN)).isEqualTo("2026-09-20T08:30");
    }

    @Test
    void nationalDayWeekIsSkippedAndTheWorkedSaturdayAfterItCounts() {
        // 09-30 gives 1 h (17:00–18:00); 10-01..07 are off; 10-08 and 10-09 give 7.5 h each (16 h in all);
        // Saturday 10-10 is worked: 09:00–12:00 and 13:30–14:30 make up the last 4 h.
        Instant due = office.addWorkingTime(at("2026-09-30T17:00", SHANGHAI), Duration.ofHours(20));

        assertThat(local(due, SHANGHAI)).isEqualTo("2026-10-10T14:30");
    }

    @Test
    void countsOnlyTheWorkdaysAroundNationalDay() {
        Duration worked = office.workingTimeBetween(at("2026-10-01T00:00", SHANGHAI), at("2026-10-12T00:00", SHANGHAI));

        assertThat(worked).isEqualTo(Duration.ofMinutes(3 * 450));
    }

    @Test
    void theMidAutumnFridayIsOff() {
        // Thursday 09-24 17:00 + 2 h: 1 h on Thursday, Friday to Sunday off, the second hour on Monday 09-28.
        Instant due = office.addWorkingTime(at("2026-09-24T17:00", SHANGHAI), Duration.ofHours(2));

        assertThat(local(due, SHANGHAI)).isEqualTo("2026-09-28T10:00");
    }

    @Test
    void aHolidayOnMondayPushesFridayAfternoonWorkToTuesday() {
        // Qingming: Saturday 04-04 to Monday 04-06.
        Instant due = office.addWorkingTime(at("2026-04-03T16:00", SHANGHAI), Duration.ofHours(4));

        assertThat(local(due, SHANGHAI)).isEqualTo("2026-04-07T11:00");
    }

    @Test
    void springFestivalWithBothWorkedSaturdays() {
        // Friday 02-13 17:00: 1 h; Saturday 02-14 is worked (7.5 h); 02-15..23 off; 02-24 gives the last 1.5 h.
        Instant due = office.addWorkingTime(at("2026-02-13T17:00", SHANGHAI), Duration.ofMinutes(600));

        assertThat(local(due, SHANGHAI)).isEqualTo("2026-02-24T10:30");
    }
}
