package io.luodi.requirements.trace;

/**
 * A survey answer described for traceability: which survey and question it belongs to and what it says, so a pain
 * point or requirement can show where it came from. Shaped like the surveys module's {@code AnswerReference}.
 *
 * @param surveyLabel   the survey's group and day, e.g. "门诊部 2026-03-12"
 * @param answerSummary the answer as one line of readable text
 */
public record AnswerDescription(long answerId, long surveyId, String surveyLabel, String questionCode,
                                String questionText, String answerSummary) {
}
