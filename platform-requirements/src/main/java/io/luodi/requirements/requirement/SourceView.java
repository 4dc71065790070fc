package io.luodi.requirements.requirement;

/**
 * A requirement's source, described for its page.
 *
 * @param label     what the source is: a pain point's title, a survey's label, a meeting's title and day
 * @param text      what it says: the question, the pain point's affected process, the decision's text
 * @param detail    the answer to the question, the pain point's description, null for a decision
 * @param number    a decision's number within its meeting, null for other sources
 * @param meetingId the decision's meeting, null for other sources
 * @param surveyId  the answer's survey, null for other sources
 */
public record SourceView(RequirementSource.Kind kind, long sourceId, String label, String text, String detail, Integer number,
                         Long meetingId, Long surveyId) {

    /** How history entries name a decision that caused them: the meeting, its day and the decision's number. */
    public String cause() {
        String cause = label + " #" + number;
        return cause.length() > 200 ? cause.substring(0, 199) + "…" : cause;
    }
}
