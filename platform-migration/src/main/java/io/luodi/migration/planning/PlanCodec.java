package io.luodi.migration.planning;

import io.luodi.migration.engine.plan.MigrationPlan;

/**
 * A plan to and from its YAML, the text each version is stored as (the engine's {@code PlanYaml}, schema in
 * {@code docs/migration-plan.md}).
 */
final class PlanCodec {

    private PlanCodec() {
    }

    /** @throws io.luodi.migration.engine.plan.PlanException naming every problem and where it is */
    static MigrationPlan read(String yaml) {
        throw new UnsupportedOperationException("awaiting PlanYaml");
    }

    static String write(MigrationPlan plan) {
        throw new UnsupportedOperationException("awaiting PlanYaml");
    }
}
