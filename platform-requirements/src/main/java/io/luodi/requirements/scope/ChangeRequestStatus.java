package io.luodi.requirements.scope;

public enum ChangeRequestStatus {
    SUBMITTED, APPROVED, REJECTED, WITHDRAWN
}
