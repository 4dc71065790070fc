package io.luodi.requirements.painpoint;

import java.time.Instant;

/** A row of the pain point list; {@code requirements} counts the requirements traced to it. */
public record PainPointSummary(long id, String title, String affectedProcess, Severity severity,
                               Frequency frequency, boolean fromAnswer, int requirements, String createdBy,
                               Instant createdAt) {
}
