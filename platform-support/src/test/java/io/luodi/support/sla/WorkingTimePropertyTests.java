package io.luodi.support.sla;

import static io.luodi.support.sla.LocalTimes.BERLIN;
import static io.luodi.support.sla.LocalTimes.NEW_YORK;
import static io.luodi.support.sla.LocalTimes.SHANGHAI;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Laws that hold for any working time, checked at random instants of 2025–2026 with a fixed seed. */
class WorkingTimePropertyTests {

    private static final int SAMPLES = 400;
    private static final Instant EARLIEST = Instant.parse("2025-01-01T00:00:00Z");
    private static final long SPAN_SECONDS = Duration.ofDays(2 * 365).toSeconds();
    private static final long LONGEST_AMOUNT_SECONDS = Duration.ofHours(300).toSeconds();

    static Stream<Arguments> workingTimes() {
        Map<LocalDate, DayKind> china = new HashMap<>(ChinaPublicHolidays.forYear(2025));
        china.putAll(ChinaPublicHolidays.forYear(2026));
        // Berlin changes its clocks at 02:00/03:00; night periods around that hour see both changes.
        BusinessCalendar berlinShifts = new BusinessCalendar(BERLIN, Arrays.stream(DayOfWeek.values())
                .collect(Collectors.toMap(Function.identity(), day -> List.of(
                        new WorkingPeriod(LocalTime.of(1, 30), LocalTime.of(2, 30)),
                        new WorkingPeriod(LocalTime.of(2, 30), LocalTime.of(3, 15)),
                        new WorkingPeriod(LocalTime.of(14, 0), LocalTime.of(14, 5))))),
                Map.of(LocalDate.parse("2026-03-29"), DayKind.HOLIDAY));
        BusinessCalendar newYorkEveryDay = new BusinessCalendar(NEW_YORK, Arrays.stream(DayOfWeek.values())
                .collect(Collectors.toMap(Function.identity(),
                        day -> List.of(new WorkingPeriod(LocalTime.of(9, 0), LocalTime.of(18, 0))))), Map.of());
        return Stream.of(
                Arguments.of("around the clock", new AroundTheClock(ZoneOffset.UTC)),
                Arguments.of("Shanghai office with holidays", BusinessCalendar.chinaStandard(SHANGHAI, china)),
                Arguments.of("New York every day", newYorkEveryDay),
                Arguments.of("Berlin night shifts", berlinShifts));
    }

    private static Instant randomInstant(Random random) {
        return EARLIEST.plusSeconds(random.nextLong(SPAN_SECONDS)).plusNanos(random.nextInt(1_000_000_000));
    }

    // A tenth are zero, and a third are the working time up to a random later instant: when that instant lies outside
    // working hours, the amount ends exactly at the end of a working period, the edge most likely to go wrong.
    private static Duration randomAmount(Random random, WorkingTime workingTime, Instant start) {
        int kind = random.nextInt(30);
        if (kind < 3) {
            return Duration.ZERO;
        }
        Duration plain = Duration.ofSeconds(random.nextLong(LONGEST_AMOUNT_SECONDS));
        return kind < 13 ? workingTime.workingTimeBetween(start, start.plus(plain)) : plain;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workingTimes")
    void workingTimeUpToTheDueInstantIsTheAmountAdded(String name, WorkingTime workingTime) {
        Random random = new Random(20260918L);
        for (int i = 0; i < SAMPLES; i++) {
            Instant start = randomInstant(random);
            Duration amount = randomAmount(random, workingTime, start);

            Instant due = workingTime.addWorkingTime(start, amount);

            assertThat(workingTime.workingTimeBetween(start, due)).as("from %s plus %s", start, amount)
                    .isEqualTo(amount);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workingTimes")
    void theDueInstantIsTheEarliestOneWithEnoughWorkingTime(String name, WorkingTime workingTime) {
        Random random = new Random(4L);
        for (int i = 0; i < SAMPLES; i++) {
            Instant start = randomInstant(random);
            Duration amount = randomAmount(random, workingTime, start);

            Instant due = workingTime.addWorkingTime(start, amount);

            if (amount.isZero()) {
                assertThat(due).isEqualTo(start);
            } else {
                assertThat(workingTime.workingTimeBetween(start, due.minusNanos(1)))
                        .as("from %s plus %s", start, amount).isLessThan(amount);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workingTimes")
    void workingTimeAddsUpOverConsecutiveStretches(String name, WorkingTime workingTime) {
        Random random = new Random(7L);
        for (int i = 0; i < SAMPLES; i++) {
            Instant[] instants = {randomInstant(random), randomInstant(random), randomInstant(random)};
            Arrays.sort(instants);

            assertThat(workingTime.workingTimeBetween(instants[0], instants[1])
                    .plus(workingTime.workingTimeBetween(instants[1], instants[2])))
                    .isEqualTo(workingTime.workingTimeBetween(instants[0], instants[2]));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workingTimes")
    void addingInTwoStepsEndsWhereAddingOnceDoes(String name, WorkingTime workingTime) {
        Random random = new Random(11L);
        for (int i = 0; i < SAMPLES; i++) {
            Instant start = randomInstant(random);
            Duration first = randomAmount(random, workingTime, start);
            Duration second = randomAmount(random, workingTime, workingTime.addWorkingTime(start, first));

            assertThat(workingTime.addWorkingTime(workingTime.addWorkingTime(start, first), second))
                    .as("from %s plus %s plus %s", start, first, second)
                    .isEqualTo(workingTime.addWorkingTime(start, first.plus(second)));
        }
    }
}
