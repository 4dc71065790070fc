package io.luodi.requirements.survey;

/**
 * An answer described for traceability: which survey and question it belongs to and what it says, so a pain
 * point or requirement can show where it came from.
 *
 * @param surveyLabel   the survey's group and day, e.g. "财务部 2026-03-12"
 * @param answerSummary the answer as one line of readable text (a grid as "row: column=value; …")
 */
public record AnswerReference(long answerId, long surveyId, String surveyLabel, String questionCode,
                              String questionText, String answerSummary) {
}
