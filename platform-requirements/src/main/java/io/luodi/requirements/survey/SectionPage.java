package io.luodi.requirements.survey;

import java.util.List;

/**
 * One page of fieldwork: a section's questions with their answers, the survey's sections for navigation.
 *
 * @param previous position of the section before, or {@code null} on the first
 * @param next     position of the section after, or {@code null} on the last
 */
public record SectionPage(SurveyHeader header, List<SectionProgress> sections, Progress progress,
                          SectionProgress section, List<QuestionView> questions, Integer previous, Integer next) {
}
