package io.luodi.requirements.survey;

import io.luodi.core.BusinessRuleException;

/**
 * Completing a survey whose required questions are not all answered needs the consultant's confirmation: an
 * interview often ends before every question is answered, but that should be a decision, not an oversight.
 */
public class MissingAnswersException extends BusinessRuleException {

    private final int missing;

    MissingAnswersException(int missing) {
        super("survey.complete.missing", missing);
        this.missing = missing;
    }

    public int missing() {
        return missing;
    }
}
