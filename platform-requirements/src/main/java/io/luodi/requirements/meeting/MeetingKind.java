package io.luodi.requirements.meeting;

public enum MeetingKind {
    KICKOFF, REQUIREMENT_REVIEW, SCOPE_SIGN_OFF, OTHER
}
