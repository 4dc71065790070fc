package io.luodi.requirements.painpoint;

import io.luodi.requirements.survey.AnswerReference;

import java.time.Instant;
import java.util.List;

/**
 * A pain point with the answer it was found in (null when none, or when the answer has since been deleted) and
 * the requirements traced to it. {@code createdBy} is the display name of who recorded it.
 */
public record PainPointDetail(long id, String title, String description, String affectedProcess, Severity severity,
                              Frequency frequency, AnswerReference answer, String createdBy, Instant createdAt,
                              long version, List<TracedRequirement> requirements) {

    /** A requirement that names the pain point among its sources. */
    public record TracedRequirement(long id, String key, String title) {
    }

    public PainPointForm toForm() {
        return new PainPointForm(title, description, affectedProcess, severity, frequency,
                answer == null ? null : answer.answerId(), version);
    }
}
