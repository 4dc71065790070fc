package io.luodi.requirements.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A survey's particulars, shown above each of its pages. */
public record SurveyHeader(long id, long projectId, StakeholderKind stakeholderKind, String stakeholderGroup,
                           LocalDate surveyDate, String participants, SurveyStatus status, long templateId,
                           String templateName, int templateVersion, List<Conductor> conductors, String createdBy,
                           Instant createdAt, long version) {

    /** An implementer-side project member conducting the survey. */
    public record Conductor(long userId, String displayName) {
    }

    public boolean isOpen() {
        return status == SurveyStatus.OPEN;
    }

    public List<Long> conductorIds() {
        return conductors.stream().map(Conductor::userId).toList();
    }

    public List<String> conductorNames() {
        return conductors.stream().map(Conductor::displayName).toList();
    }

    /** How people name a survey: its group and day. */
    public String label() {
        return stakeholderGroup + " " + surveyDate;
    }

    /** The survey's particulars as its edit form starts. */
    public SurveyDetails details() {
        return new SurveyDetails(templateId, stakeholderKind, stakeholderGroup, surveyDate, participants,
                conductorIds(), version);
    }
}
