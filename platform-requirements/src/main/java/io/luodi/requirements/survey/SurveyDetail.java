package io.luodi.requirements.survey;

import java.util.List;

/**
 * A survey with its sections' progress and the required questions still unanswered, for its overview page.
 *
 * @param missing asked, required and unanswered questions, in the template's order
 */
public record SurveyDetail(SurveyHeader header, List<SectionProgress> sections, Progress progress,
                           List<QuestionView> missing) {
}
