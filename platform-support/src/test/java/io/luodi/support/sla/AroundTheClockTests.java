package io.luodi.support.sla;

import static io.luodi.support.sla.LocalTimes.NEW_YORK;
import static io.luodi.support.sla.LocalTimes.at;
import static io.luodi.support.sla.LocalTimes.local;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class AroundTheClockTests {

    private final AroundTheClock allDay = new AroundTheClock(NEW_YORK);

    @Test
    void addsPlainTimeThroughNightsAndWeekends() {
        Instant fridayEvening = at("2026-03-13T22:00", NEW_YORK);

        assertThat(allDay.addWorkingTime(fridayEvening, Duration.ofHours(4)))
                .isEqualTo(fridayEvening.plus(Duration.ofHours(4)));
    }

    @Test
    void countsEveryInstantBetweenTwoInstants() {
        Instant from = at("2026-03-13T22:00", NEW_YORK);

        assertThat(allDay.workingTimeBetween(from, from.plus(Duration.ofMinutes(90)))).isEqualTo(Duration.ofMinutes(90));
        assertThat(allDay.workingTimeBetween(from, from)).isZero();
        assertThat(allDay.workingTimeBetween(from, from.minusSeconds(1))).isZero();
    }

    @Test
    void twentyFourHoursOverTheSpringForwardNightEndAnHourLaterOnTheWallClock() {
        Instant saturdayNoon = at("2026-03-07T12:00", NEW_YORK);

        Instant due = allDay.addWorkingTime(saturdayNoon, Duration.ofHours(24));

        assertThat(local(due, NEW_YORK)).isEqualTo(LocalDateTime.parse("2026-03-08T13:00"));
        assertThat(allDay.workingTimeBetween(saturdayNoon, due)).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void refusesANegativeAmount() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> allDay.addWorkingTime(Instant.EPOCH, Duration.ofMinutes(-1)))
                .withMessageContaining("negative");
    }
}
