package io.luodi.requirements.survey;

import java.time.Instant;

/**
 * A question's stored answer, or none yet ({@code id} and {@code version} null).
 *
 * @param updatedBy     username of who saved it last
 * @param updatedByName their display name
 */
public record AnswerView(Long id, AnswerValue value, String note, String updatedBy, String updatedByName,
                         Instant updatedAt, Long version) {

    public static final AnswerView NONE = new AnswerView(null, AnswerValue.EMPTY, null, null, null, null, null);

    public boolean isAnswered() {
        return !value.isEmpty();
    }

    public boolean exists() {
        return id != null;
    }
}
