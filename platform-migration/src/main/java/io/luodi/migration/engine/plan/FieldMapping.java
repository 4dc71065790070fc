package io.luodi.migration.engine.plan;

import java.util.List;

/**
 * How one target column gets its value: from source column(s) through transforms, or a constant; then checked.
 *
 * @param sources the source columns read, in order; several only with a {@link Transform.Concat} step; empty with
 *                a constant
 * @param constant a fixed value for every row, or null
 * @param required a blank value after the transforms rejects the row ({@code blank_required})
 * @param maxLength longer values reject the row ({@code too_long}), or null for the target column's own limit
 * @param transforms applied in order to the cleaned source value(s)
 * @param validations checked in order on the transformed value; the first failure rejects the row
 */
public record FieldMapping(String target, List<String> sources, String constant, boolean required, Integer maxLength,
                           List<Transform> transforms, List<Validation> validations) {

    public FieldMapping {
        sources = List.copyOf(sources);
        transforms = List.copyOf(transforms);
        validations = List.copyOf(validations);
    }
}
