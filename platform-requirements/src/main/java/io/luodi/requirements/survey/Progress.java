package io.luodi.requirements.survey;

/**
 * How far a survey, or one section of it, has come: the required questions that are asked (their "ask only if"
 * condition is met) and how many of them have an answer.
 */
public record Progress(int answered, int required) {

    public static final Progress NONE = new Progress(0, 0);

    public Progress plus(Progress other) {
        return new Progress(answered + other.answered, required + other.required);
    }

    public boolean isComplete() {
        return answered >= required;
    }

    /** Whole percent, for a progress bar; a section with nothing required counts as done. */
    public int percent() {
        return required == 0 ? 100 : answered * 100 / required;
    }
}
