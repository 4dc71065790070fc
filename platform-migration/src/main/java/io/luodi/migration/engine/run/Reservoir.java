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
        int slot = slotForNext();
        if (slot >= 0) {
            put(slot, item);
        }
    }

    /**
     * Counts one more item and says where it goes, or -1 when it is not kept: lets a caller build the item only
     * for the few that are kept. Call {@link #put} with the slot before the next call.
     */
    int slotForNext() {
        offered++;
        if (items.size() < capacity) {
            return items.size();
        }
        if (capacity == 0) {
            return -1;
        }
        long slot = random.nextLong(offered);
        return slot < capacity ? (int) slot : -1;
    }

    void put(int slot, T item) {
        if (slot == items.size()) {
            items.add(item);
        } else {
            items.set(slot, item);
        }
    }

    List<T> items() {
        return items;
    }
}
