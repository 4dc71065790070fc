package io.luodi.support.satisfaction;

import java.time.Instant;

/** One rating as pages show it, with the resolution it rates. */
public record RatingView(int score, String comment, String raterName, Instant ratedAt, Instant resolvedAt) {
}
