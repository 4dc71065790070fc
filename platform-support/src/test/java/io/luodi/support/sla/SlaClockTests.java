package io.luodi.support.sla;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.luodi.support.sla.BusinessCalendarTests.CHINA;
import static io.luodi.support.sla.BusinessCalendarTests.SHANGHAI;
import static io.luodi.support.sla.BusinessCalendarTests.hours;
import static io.luodi.support.sla.BusinessCalendarTests.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SlaClockTests {

    static final SlaClock FOUR_BUSINESS_HOURS = new SlaClock(CHINA, hours(4));
    static final SlaClock TWO_HOURS_24X7 = new SlaClock(new AroundTheClock(SHANGHAI), hours(2));

    static ClockCourse running(String started, Pause... pauses) {
        return new ClockCourse(shanghai(started), List.of(pauses), null);
    }

    static Pause pause(String from, String to) {
        return new Pause(shanghai(from), to == null ? null : shanghai(to));
    }

    @Test
    void aRunningClockCountsWorkingTimeOnly() {
        ClockReading reading = FOUR_BUSINESS_HOURS.read(running("2026-11-24T11:00"), shanghai("2026-11-24T14:00"), 0.75);
        assertThat(reading.state()).isEqualTo(ClockState.RUNNING);
        assertThat(reading.elapsed()).isEqualTo(hours(1.5));
        assertThat(reading.remaining()).isEqualTo(hours(2.5));
        assertThat(reading.due()).isEqualTo(shanghai("2026-11-24T16:30"));
        assertThat(reading.atRisk()).isFalse();
    }

    @Test
    void aroundTheClockCountsEveryHour() {
        ClockReading reading = TWO_HOURS_24X7.read(running("2026-11-28T23:30"), shanghai("2026-11-29T00:30"), 0.75);
        assertThat(reading.elapsed()).isEqualTo(hours(1));
        assertThat(reading.due()).isEqualTo(shanghai("2026-11-29T01:30"));
    }

    @Test
    void atRiskFromTheConfiguredShare() {
        ClockCourse course = running("2026-11-24T09:00");
        assertThat(FOUR_BUSINESS_HOURS.read(course, shanghai("2026-11-24T11:59"), 0.75).atRisk()).isFalse();
        assertThat(FOUR_BUSINESS_HOURS.read(course, shanghai("2026-11-24T12:00"), 0.75).atRisk()).isTrue();
        assertThat(FOUR_BUSINESS_HOURS.read(course, shanghai("2026-11-24T12:00"), 0.9).atRisk()).isFalse();
        assertThat(FOUR_BUSINESS_HOURS.reached(course, hours(3))).isEqualTo(shanghai("2026-11-24T12:00"));
    }

    @Test
    void pastTheDueTimeARunningClockIsBreached() {
        ClockCourse course = running("2026-11-24T09:00");
        assertThat(FOUR_BUSINESS_HOURS.read(course, shanghai("2026-11-24T14:30"), 0.75).state())
                .isEqualTo(ClockState.RUNNING);
        ClockReading reading = FOUR_BUSINESS_HOURS.read(course, shanghai("2026-11-24T14:31"), 0.75);
        assertThat(reading.state()).isEqualTo(ClockState.BREACHED);
        assertThat(reading.remaining()).isZero();
        // Three hours before lunch, one after: 14:30.
        assertThat(reading.due()).isEqualTo(shanghai("2026-11-24T14:30"));
        assertThat(reading.atRisk()).isFalse();
    }

    @Test
    void stoppedInTimeIsMetAndStaysMet() {
        ClockCourse course = new ClockCourse(shanghai("2026-11-24T09:00"), List.of(), shanghai("2026-11-24T14:30"));
        ClockReading reading = FOUR_BUSINESS_HOURS.read(course, shanghai("2026-12-31T00:00"), 0.75);
        assertThat(reading.state()).isEqualTo(ClockState.MET);
        assertThat(reading.elapsed()).isEqualTo(hours(4));
    }

    @Test
    void stoppedLateIsBreached() {
        ClockCourse course = new ClockCourse(shanghai("2026-11-24T09:00"), List.of(), shanghai("2026-11-24T14:31"));
        assertThat(FOUR_BUSINESS_HOURS.read(course, shanghai("2026-11-25T00:00"), 0.75).state())
                .isEqualTo(ClockState.BREACHED);
    }

    @Test
    void aPauseForTheCustomerPushesTheDueTimeOut() {
        ClockCourse course = running("2026-11-24T09:00", pause("2026-11-24T10:00", "2026-11-24T15:00"));
        ClockReading reading = FOUR_BUSINESS_HOURS.read(course, shanghai("2026-11-24T16:00"), 0.75);
        assertThat(reading.elapsed()).isEqualTo(hours(2));
        // 1 h before the pause, 3 h after 15:00: 15:00–18:00 → due at 18:00.
        assertThat(reading.due()).isEqualTo(shanghai("2026-11-24T18:00"));
        assertThat(reading.state()).isEqualTo(ClockState.RUNNING);
    }

    @Test
    void whilePausedThereIsNoDueTime() {
        ClockCourse course = running("2026-11-24T09:00", pause("2026-11-24T10:00", null));
        ClockReading reading = FOUR_BUSINESS_HOURS.read(course, shanghai("2026-11-26T10:00"), 0.75);
        assertThat(reading.state()).isEqualTo(ClockState.PAUSED);
        assertThat(reading.elapsed()).isEqualTo(hours(1));
        assertThat(reading.due()).isNull();
    }

    @Test
    void severalPausesAllCountNothing() {
        ClockCourse course = running("2026-11-24T09:00", pause("2026-11-24T09:30", "2026-11-24T10:30"),
                pause("2026-11-24T11:00", "2026-11-24T14:30"));
        ClockReading reading = FOUR_BUSINESS_HOURS.read(course, shanghai("2026-11-24T15:00"), 0.75);
        assertThat(reading.elapsed()).isEqualTo(hours(1.5));
        assertThat(reading.due()).isEqualTo(shanghai("2026-11-24T17:30"));
    }

    @Test
    void aPauseOverNightOrWeekendRemovesOnlyTheWorkingTimeInIt() {
        ClockCourse course = running("2026-11-27T16:00", pause("2026-11-27T17:00", "2026-11-30T09:30"));
        ClockReading reading = FOUR_BUSINESS_HOURS.read(course, shanghai("2026-11-30T10:00"), 0.75);
        assertThat(reading.elapsed()).isEqualTo(hours(1.5));
        assertThat(reading.due()).isEqualTo(shanghai("2026-11-30T14:00"));
    }

    @Test
    void aPauseOutsideWorkingHoursChangesNothing() {
        ClockCourse paused = running("2026-11-24T16:00", pause("2026-11-24T19:00", "2026-11-24T22:00"));
        assertThat(FOUR_BUSINESS_HOURS.due(paused)).isEqualTo(FOUR_BUSINESS_HOURS.due(running("2026-11-24T16:00")));
    }

    @Test
    void aBreachBeforeAPauseStaysABreach() {
        ClockCourse course = running("2026-11-24T09:00", pause("2026-11-24T15:00", null));
        ClockReading reading = FOUR_BUSINESS_HOURS.read(course, shanghai("2026-11-25T09:00"), 0.75);
        assertThat(reading.state()).isEqualTo(ClockState.BREACHED);
        assertThat(reading.due()).isEqualTo(shanghai("2026-11-24T14:30"));
    }

    /**
     * The acceptance case: a P1 opened on Friday 2026-09-18 at 19:30 under the business calendar with a four-hour
     * resolution target. Sunday 20 September is a make-up working day: 09:00–10:00 is worked, then the ticket waits
     * for the customer until 14:00, which takes 2.5 working hours out; three hours remain from 14:00 → due 17:00.
     */
    @Test
    void fridayEveningAcrossAMakeUpSundayWithAPauseForTheCustomer() {
        ClockCourse course = running("2026-09-18T19:30", pause("2026-09-20T10:00", "2026-09-20T14:00"));
        ClockReading reading = FOUR_BUSINESS_HOURS.read(course, shanghai("2026-09-20T15:00"), 0.75);
        assertThat(reading.elapsed()).isEqualTo(hours(2));
        assertThat(reading.due()).isEqualTo(shanghai("2026-09-20T17:00"));
        assertThat(reading.state()).isEqualTo(ClockState.RUNNING);
    }

    /** Before the National Day break with 16 h: a pause on 8 October moves the due time onto the make-up Saturday. */
    @Test
    void aPauseAfterNationalDayMovesTheDueTimeOntoTheMakeUpSaturday() {
        SlaClock sixteenHours = new SlaClock(CHINA, hours(16));
        ClockCourse withoutPause = running("2026-09-30T16:00");
        assertThat(sixteenHours.due(withoutPause)).isEqualTo(shanghai("2026-10-09T17:00"));
        ClockCourse withPause = running("2026-09-30T16:00", pause("2026-10-08T10:00", "2026-10-08T15:00"));
        assertThat(sixteenHours.due(withPause)).isEqualTo(shanghai("2026-10-10T11:30"));
    }

    @Test
    void pausesOutOfOrderOrAfterTheStopAreRefused() {
        assertThatThrownBy(() -> running("2026-11-24T09:00", pause("2026-11-24T08:00", "2026-11-24T08:30")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> running("2026-11-24T09:00", pause("2026-11-24T10:00", "2026-11-24T12:00"),
                pause("2026-11-24T11:00", "2026-11-24T13:00"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClockCourse(shanghai("2026-11-24T09:00"),
                List.of(pause("2026-11-24T10:00", null)), shanghai("2026-11-24T11:00")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pause("2026-11-24T10:00", "2026-11-24T09:00"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aClockStoppedWhileWaitingCountsUpToThePause() {
        ClockCourse course = new ClockCourse(shanghai("2026-11-24T09:00"),
                List.of(pause("2026-11-24T10:00", "2026-11-24T16:00")), shanghai("2026-11-24T16:00"));
        ClockReading reading = FOUR_BUSINESS_HOURS.read(course, shanghai("2026-11-30T00:00"), 0.75);
        assertThat(reading.state()).isEqualTo(ClockState.MET);
        assertThat(reading.elapsed()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void readingAtTheStartShowsNothingUsed() {
        Instant start = shanghai("2026-11-24T09:00");
        ClockReading reading = FOUR_BUSINESS_HOURS.read(new ClockCourse(start, List.of(), null), start, 0.75);
        assertThat(reading.elapsed()).isZero();
        assertThat(reading.remaining()).isEqualTo(hours(4));
    }
}
