package io.luodi.requirements.survey;

/** One section (page) of a survey with how many of its asked required questions are answered. */
public record SectionProgress(int position, String title, Progress progress) {
}
