package io.luodi.requirements.survey;

import java.time.LocalDate;
import java.util.List;

/** A survey as a project's survey list shows it. */
public record SurveySummary(long id, StakeholderKind stakeholderKind, String stakeholderGroup, LocalDate surveyDate,
                            String templateName, int templateVersion, List<String> conductors, Progress progress,
                            SurveyStatus status) {
}
