package io.luodi.migration.checklist;

import io.luodi.migration.environment.ComponentType;

/** What a template item is applied to: the environment as a whole, or each of its components of one type. */
enum ChecklistScope {
    ENVIRONMENT, SERVER, DATABASE, MIDDLEWARE, CLOUD;

    static ChecklistScope of(ComponentType type) {
        return valueOf(type.name());
    }
}
