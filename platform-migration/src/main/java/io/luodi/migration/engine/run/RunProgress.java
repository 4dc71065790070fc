package io.luodi.migration.engine.run;

import java.time.Duration;

/**
 * @param position how far through the source, in the unit of {@code size} (bytes of a file)
 * @param size the source's size, or -1 when unknown (then there is no ETA)
 * @param eta null when unknown
 */
public record RunProgress(long rowsRead, long position, long size, double rowsPerSecond, Duration eta) {

    /** Share done from 0 to 100, or -1 when the size is unknown. */
    public int percent() {
        return size <= 0 ? -1 : (int) Math.min(100, position * 100 / size);
    }
}
