package io.luodi.support.satisfaction;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** How likely the customer user is to recommend the implementer, 0 (not at all) to 10 (extremely), and why. */
public record NpsForm(@NotNull @Min(0) @Max(10) Integer score, @Size(max = 2000) String comment) {
}
