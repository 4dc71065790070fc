package io.luodi.requirements.survey;

import java.util.List;

/** A project's surveys, newest first, and the stakeholder coverage they add up to. */
public record SurveyList(List<SurveySummary> surveys, List<StakeholderCoverage> coverage) {
}
