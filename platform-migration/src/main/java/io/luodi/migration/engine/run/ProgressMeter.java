package io.luodi.migration.engine.run;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Turns rows read and bytes consumed into {@link RunProgress} at most every quarter second: rows per second since
 * the start, and an ETA from the share of the source's bytes still to read (rows per byte varies little in an
 * export, rows per second of the remaining rows is unknown).
 */
final class ProgressMeter {

    static final long INTERVAL_NANOS = 250_000_000L;

    private final LongSupplier clock;
    private final long started;
    private long lastReport;

    ProgressMeter(LongSupplier nanoClock) {
        this.clock = nanoClock;
        this.started = nanoClock.getAsLong();
        this.lastReport = started;
    }

    /** Progress when a quarter second has passed since the last one, else null. */
    RunProgress due(long rowsRead, long position, long size) {
        long now = clock.getAsLong();
        if (now - lastReport < INTERVAL_NANOS) {
            return null;
        }
        lastReport = now;
        return at(now, rowsRead, position, size);
    }

    /** Progress now, whatever the time since the last (the final 100%). */
    RunProgress now(long rowsRead, long position, long size) {
        long now = clock.getAsLong();
        lastReport = now;
        return at(now, rowsRead, position, size);
    }

    private RunProgress at(long now, long rowsRead, long position, long size) {
        long elapsed = Math.max(1, now - started);
        double rowsPerSecond = rowsRead * 1e9 / elapsed;
        Duration eta = null;
        // The first moments (JVM warm-up, the reader's first buffer) would promise hours: no ETA before a second
        // has passed and a hundredth of the source is read.
        if (size > 0 && position > 0 && elapsed >= 1_000_000_000L && position * 100 >= size) {
            long remaining = Math.max(0, size - position);
            eta = Duration.ofNanos((long) ((double) elapsed * remaining / position));
        }
        return new RunProgress(rowsRead, position, size, rowsPerSecond, eta);
    }
}
