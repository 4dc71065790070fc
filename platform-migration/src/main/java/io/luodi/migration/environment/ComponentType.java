package io.luodi.migration.environment;

/** The kinds of component an environment is built from; each has its own form fields and checklist items. */
public enum ComponentType {
    SERVER, DATABASE, MIDDLEWARE, CLOUD
}
