package io.luodi.migration.engine.run;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A uniform random sample of at most {@code capacity} items from a stream of unknown length, in constant memory
 * (Vitter's algorithm R): after n offers every item has had the same chance, capacity / n, to be kept.
 */
final class Reservoir<T> {

    private final int capacity;
    private final List<T> items;
    private final SplittableRandom random;
    private long offered;

    Reservoir(int capacity, SplittableRandom random) {
        this.capacity = Math.max(0, capacity);
        this.items = new ArrayList<>(Math.min(this.capacity, 10_000));
        this.random = random;
    }

    void offer(T item) {
        offered++;
        if (items.size() < capacity) {
            items.add(item);
            return;
        }
        if (capacity == 0) {
            return;
        }
        long slot = random.nextLong(offered);
        if (slot < capacity) {
            items.set((int) slot, item);
        }
    }

    /** Whether an offer now could be kept: lets callers skip building an item most of the time. */
    boolean wouldConsider() {
        return capacity > 0;
    }

    List<T> items() {
        return items;
    }
}
