package io.luodi.migration.engine.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A migration plan as YAML, the format users review, version and take on site; the schema is in
 * {@code docs/migration-plan.md}. Reading checks the whole plan and throws one {@link PlanException} naming every
 * problem and where it is; writing gives the canonical form, which reads back to an equal plan.
 */
public final class PlanYaml {

    private PlanYaml() {
    }

    /** @throws PlanException when the text is not YAML or not a valid plan */
    public static MigrationPlan read(String yaml) {
        return new PlanYamlReader().read(yaml);
    }

    /** Reads a UTF-8 plan file. @throws PlanException when it is not a valid plan */
    public static MigrationPlan read(Path file) {
        try {
            return read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String write(MigrationPlan plan) {
        return PlanYamlWriter.write(plan);
    }
}
