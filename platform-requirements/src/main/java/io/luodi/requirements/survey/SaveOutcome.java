package io.luodi.requirements.survey;

import java.util.List;

/** What became of an answer a consultant sent: saved, or refused because someone else saved it meanwhile. */
public sealed interface SaveOutcome {

    /** The question with its answer as stored now. */
    QuestionView question();

    /**
     * The answer is stored (or was already stored exactly so).
     *
     * @param sections the survey's sections' progress after the save (a condition may have changed what is asked)
     */
    record Saved(QuestionView question, List<SectionProgress> sections, Progress progress) implements SaveOutcome {
    }

    /**
     * Someone else saved a different answer since the consultant loaded it; nothing was written. {@code question}
     * holds theirs, with who and when; {@code mine} and {@code myNote} what this consultant sent.
     */
    record Conflict(QuestionView question, AnswerValue mine, String myNote) implements SaveOutcome {
    }
}
