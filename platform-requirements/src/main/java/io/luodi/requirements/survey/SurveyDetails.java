package io.luodi.requirements.survey;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * What a consultant enters for a survey.
 *
 * @param templateId    the published template to run; chosen once, when the survey is created
 * @param participants  who took part, free text with names and roles
 * @param conductorIds  the implementer-side project members conducting it
 * @param version       the survey's version the form was opened on, so a change made meanwhile is not overwritten
 */
public record SurveyDetails(
        Long templateId,
        @NotNull StakeholderKind stakeholderKind,
        @NotBlank @Size(max = 200) String stakeholderGroup,
        @NotNull LocalDate surveyDate,
        @Size(max = 4000) String participants,
        @NotEmpty List<Long> conductorIds,
        Long version) {

    public SurveyDetails {
        conductorIds = conductorIds == null ? List.of() : conductorIds.stream().distinct().toList();
    }
}
