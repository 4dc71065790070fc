package io.luodi.requirements.survey;

import io.luodi.core.BusinessRuleException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * One published template run with one stakeholder group of a project on a day. It owns who conducts it and
 * whether it still takes answers; the answers themselves are saved one by one (see {@link SurveyAnswer}).
 */
@Entity
class Survey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long projectId;

    private Long templateId;

    @Enumerated(EnumType.STRING)
    private StakeholderKind stakeholderKind;

    private String stakeholderGroup;

    private LocalDate surveyDate;

    private String participants;

    @Enumerated(EnumType.STRING)
    private SurveyStatus status;

    private String createdBy;

    @Column(insertable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "survey_conductor", joinColumns = @JoinColumn(name = "survey_id"))
    @Column(name = "user_id")
    private Set<Long> conductorIds = new HashSet<>();

    protected Survey() {
    }

    static Survey start(long projectId, long templateId, SurveyDetails details, String createdBy) {
        Survey survey = new Survey();
        survey.projectId = projectId;
        survey.templateId = templateId;
        survey.status = SurveyStatus.OPEN;
        survey.createdBy = createdBy;
        survey.apply(details);
        return survey;
    }

    void revise(SurveyDetails details) {
        apply(details);
    }

    private void apply(SurveyDetails details) {
        stakeholderKind = details.stakeholderKind();
        stakeholderGroup = details.stakeholderGroup().strip();
        surveyDate = details.surveyDate();
        participants = details.participants() == null || details.participants().isBlank() ? null
                : details.participants().strip();
        conductorIds.clear();
        conductorIds.addAll(details.conductorIds());
    }

    void complete() {
        requireOpen();
        status = SurveyStatus.COMPLETED;
    }

    void reopen() {
        if (status != SurveyStatus.COMPLETED) {
            throw new BusinessRuleException("survey.reopen.open");
        }
        status = SurveyStatus.OPEN;
    }

    /** Answers change only while the survey is open. */
    void requireOpen() {
        if (status != SurveyStatus.OPEN) {
            throw new BusinessRuleException("survey.completed.readonly");
        }
    }

    /** How people name a survey: its group and day, e.g. "财务部 2026-03-12". */
    String label() {
        return stakeholderGroup + " " + surveyDate;
    }

    Long getId() {
        return id;
    }

    Long getProjectId() {
        return projectId;
    }

    Long getTemplateId() {
        return templateId;
    }

    StakeholderKind getStakeholderKind() {
        return stakeholderKind;
    }

    String getStakeholderGroup() {
        return stakeholderGroup;
    }

    LocalDate getSurveyDate() {
        return surveyDate;
    }

    String getParticipants() {
        return participants;
    }

    SurveyStatus getStatus() {
        return status;
    }

    String getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    long getVersion() {
        return version;
    }

    Set<Long> getConductorIds() {
        return Set.copyOf(conductorIds);
    }
}
