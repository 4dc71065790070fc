package io.luodi.migration.environment;

/** What an environment is for; PROD's readiness feeds the go-live gate. */
public enum EnvironmentKind {
    DEV, TEST, UAT, PROD, CUSTOM
}
