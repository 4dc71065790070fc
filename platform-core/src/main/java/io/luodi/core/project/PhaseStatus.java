package io.luodi.core.project;

public enum PhaseStatus {
    NOT_STARTED, IN_PROGRESS, DONE
}
