package io.luodi.migration.runs;

import io.luodi.migration.engine.plan.RunMode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Starting a run.
 *
 * @param sampleSize rows of a SAMPLE run
 * @param randomSample a random N rows instead of the first N
 */
public record RunForm(@NotNull RunMode mode, @Min(1) @Max(100_000) Integer sampleSize, Boolean randomSample) {

    public boolean random() {
        return Boolean.TRUE.equals(randomSample);
    }
}
