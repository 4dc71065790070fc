package io.luodi.requirements.scope;

public enum BaselineStatus {
    AWAITING_SIGNATURES, SIGNED, WITHDRAWN
}
