package io.luodi.migration.engine.load;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DuplicateKeySieveTests {

    private static DuplicateKeySieve sieve(boolean... textColumns) {
        int[] positions = new int[textColumns.length];
        Arrays.setAll(positions, i -> i);
        return new DuplicateKeySieve(positions, textColumns, true);
    }

    @Test
    void aMillionDistinctKeysRaiseNoSuspect() {
        DuplicateKeySieve sieve = sieve(true);
        for (int i = 0; i < 1_000_000; i++) {
            sieve.offer(List.of(String.format("P%08d", i)));
        }
        assertThat(sieve.usable()).isTrue();
        assertThat(sieve.suspects()).isEmpty();
    }

    @Test
    void everyRepeatedKeyIsASuspectAlsoWhenPostgresWouldOnlyFindItEqualIgnoringCaseOrTrailingBlanks() {
        DuplicateKeySieve sieve = sieve(true, false);
        sieve.offer(List.of("P001", 1L));
        sieve.offer(List.of("P002", 1L));
        sieve.offer(List.of("p001 ", 1));
        sieve.offer(List.of("P002", 2L));

        assertThat(sieve.suspects()).containsExactly(List.of("p001 ", 1));
    }

    @Test
    void columnsAreKeptApart() {
        DuplicateKeySieve sieve = sieve(true, true);
        sieve.offer(List.of("ab", "c"));
        sieve.offer(List.of("a", "bc"));

        assertThat(sieve.suspects()).isEmpty();
    }

    @Test
    void sightTellsNewKeysFromPossiblyRepeatedOnesAndKeysItCannotHash() {
        DuplicateKeySieve sieve = sieve(true);
        assertThat(sieve.sight(List.of("P001"))).isEqualTo(DuplicateKeySieve.Sight.NEW);
        assertThat(sieve.sight(List.of("P002"))).isEqualTo(DuplicateKeySieve.Sight.NEW);
        assertThat(sieve.sight(List.of("p001 "))).isEqualTo(DuplicateKeySieve.Sight.MAYBE_SEEN);
        assertThat(sieve.sight(List.of(7L))).isEqualTo(DuplicateKeySieve.Sight.UNKNOWN);
        assertThat(sieve.suspects()).isEmpty(); // sight keeps none: the caller diverts the rows itself

        DuplicateKeySieve tiny = new DuplicateKeySieve(new int[] {0}, new boolean[] {false}, true, 6);
        long maybeSeen = java.util.stream.LongStream.range(0, 1_000)
                .filter(i -> tiny.sight(List.of(i)) == DuplicateKeySieve.Sight.MAYBE_SEEN).count();
        assertThat(maybeSeen).as("a 64-bit filter is full after a few dozen keys").isGreaterThan(900);
    }

    @Test
    void aValueItCannotCompareTurnsItOff() {
        DuplicateKeySieve sieve = sieve(false);
        sieve.offer(List.of(1L));
        sieve.offer(List.of("1"));

        assertThat(sieve.usable()).isFalse();
        DuplicateKeySieve dates = sieve(true);
        dates.offer(List.of(LocalDate.of(2026, 12, 7)));
        assertThat(dates.usable()).isFalse();
    }
}
