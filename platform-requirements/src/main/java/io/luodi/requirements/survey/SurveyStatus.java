package io.luodi.requirements.survey;

/** An open survey takes answers; a completed one is read-only until it is reopened. */
public enum SurveyStatus {
    OPEN, COMPLETED
}
