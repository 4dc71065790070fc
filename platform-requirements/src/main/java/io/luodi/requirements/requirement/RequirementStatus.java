package io.luodi.requirements.requirement;

public enum RequirementStatus {
    PROPOSED, ACCEPTED, REJECTED, DEFERRED
}
