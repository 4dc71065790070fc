package io.luodi.requirements.painpoint;

/** How badly a pain point hurts, mildest first. */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL
}
