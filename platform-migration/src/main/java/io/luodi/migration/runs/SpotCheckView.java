package io.luodi.migration.runs;

import java.time.Instant;
import java.util.List;

/**
 * A spot check as the customer sees it: the record's key and its values, source and target side by side.
 *
 * @param rows one row per value, in the source's and then the target's column order
 */
public record SpotCheckView(long id, int ordinal, String recordKey, List<Pair> rows, SpotCheckStatus status,
                            String comment, String decidedBy, Instant decidedAt) {

    /** A source column and its value beside a target column and its value; either side may be empty. */
    public record Pair(String sourceColumn, String sourceValue, String targetColumn, String targetValue) {
    }
}
