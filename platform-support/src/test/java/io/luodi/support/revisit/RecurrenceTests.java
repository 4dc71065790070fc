package io.luodi.support.revisit;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class RecurrenceTests {

    private static final LocalDate JAN_31 = LocalDate.of(2026, 1, 31);

    @Test
    void monthlyFromTheLastDayOfJanuaryFallsOnTheLastDayOfFebruaryThenBackOnThe31st() {
        assertThat(Recurrence.MONTHLY.dueOn(JAN_31, 0)).contains(JAN_31);
        assertThat(Recurrence.MONTHLY.dueOn(JAN_31, 1)).contains(LocalDate.of(2026, 2, 28));
        assertThat(Recurrence.MONTHLY.dueOn(JAN_31, 2)).contains(LocalDate.of(2026, 3, 31));
        assertThat(Recurrence.MONTHLY.dueOn(LocalDate.of(2028, 1, 31), 1)).contains(LocalDate.of(2028, 2, 29));
    }

    @Test
    void weeklyAndQuarterlyCountFromTheFirstDay() {
        assertThat(Recurrence.WEEKLY.dueOn(JAN_31, 2)).contains(LocalDate.of(2026, 2, 14));
        assertThat(Recurrence.QUARTERLY.dueOn(JAN_31, 1)).contains(LocalDate.of(2026, 4, 30));
        assertThat(Recurrence.QUARTERLY.dueOn(JAN_31, 2)).contains(LocalDate.of(2026, 7, 31));
    }

    @Test
    void aOneOffRevisitHasNothingAfterTheFirst() {
        assertThat(Recurrence.ONCE.dueOn(JAN_31, 0)).contains(JAN_31);
        assertThat(Recurrence.ONCE.dueOn(JAN_31, 1)).isEmpty();
    }

    @Test
    void dueWithinSevenDaysIsSoonAndBeforeTodayIsOverdue() {
        LocalDate today = LocalDate.of(2026, 5, 10);
        assertThat(DueState.of(today.minusDays(1), today)).isEqualTo(DueState.OVERDUE);
        assertThat(DueState.of(today, today)).isEqualTo(DueState.DUE_SOON);
        assertThat(DueState.of(today.plusDays(7), today)).isEqualTo(DueState.DUE_SOON);
        assertThat(DueState.of(today.plusDays(8), today)).isEqualTo(DueState.LATER);
    }
}
