package io.luodi.core.project;

public enum ProjectStatus {
    PLANNING, ACTIVE, HYPERCARE, CLOSED, ON_HOLD
}
