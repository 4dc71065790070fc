package io.luodi.requirements.survey;

import java.util.List;

/** A survey's results in full: every section with every question and its answer, for the exports. */
public record SurveyReport(SurveyHeader header, Progress progress, List<Section> sections) {

    public record Section(int position, String title, List<QuestionView> questions) {
    }
}
