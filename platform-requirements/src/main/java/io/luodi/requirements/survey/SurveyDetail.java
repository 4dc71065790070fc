package io.luodi.requirements.survey;

import java.util.List;

/**
 * A survey with its sections' progress and the required questions still unanswered, for its overview page.
 *
 * @param missing asked, required and unanswered questions, in the template's order
 */
public record SurveyDetail(SurveyHeader header, List<SectionProgress> sections, Progress progress,
                           List<QuestionView> missing) {

    /** Where fieldwork goes on: the first section with required questions unanswered, else the first. */
    public int resumeSection() {
        return sections.stream().filter(s -> !s.progress().isComplete()).findFirst()
                .or(() -> sections.stream().findFirst()).map(SectionProgress::position).orElse(1);
    }
}
