package io.luodi.migration.engine.run;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class ReservoirTests {

    @Test
    void keepsEverythingUpToItsCapacity() {
        Reservoir<Integer> reservoir = new Reservoir<>(5, new SplittableRandom(1));
        for (int i = 0; i < 3; i++) {
            reservoir.offer(i);
        }
        assertThat(reservoir.items()).containsExactly(0, 1, 2);
    }

    @Test
    void givesEveryItemTheSameChanceOverTheWholeStream() {
        int[] kept = new int[10];
        SplittableRandom random = new SplittableRandom(42);
        for (int trial = 0; trial < 20_000; trial++) {
            Reservoir<Integer> reservoir = new Reservoir<>(2, random);
            for (int i = 0; i < 10; i++) {
                reservoir.offer(i);
            }
            reservoir.items().forEach(i -> kept[i]++);
        }
        // Each of 10 items is kept with probability 2/10: 4,000 of 20,000 trials, give or take a few percent.
        for (int count : kept) {
            assertThat(count).isBetween(3_600, 4_400);
        }
    }

    @Test
    void aZeroCapacityKeepsNothing() {
        Reservoir<Integer> reservoir = new Reservoir<>(0, new SplittableRandom(1));
        reservoir.offer(1);
        assertThat(reservoir.items()).isEmpty();
        assertThat(reservoir.slotForNext()).isEqualTo(-1);
    }
}
