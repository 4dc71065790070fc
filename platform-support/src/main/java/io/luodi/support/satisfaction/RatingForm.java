package io.luodi.support.satisfaction;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** How satisfied the reporter is with a resolution, 1 (very dissatisfied) to 5 (very satisfied), and why. */
public record RatingForm(@NotNull @Min(1) @Max(5) Integer score, @Size(max = 2000) String comment) {
}
