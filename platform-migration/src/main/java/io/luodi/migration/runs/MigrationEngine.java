package io.luodi.migration.runs;

import io.luodi.migration.engine.run.RunListener;
import io.luodi.migration.engine.run.RunReport;
import io.luodi.migration.engine.run.RunRequest;

import java.util.Locale;

/** The engine as runs call it: in the application the engine's {@code MigrationRunner}. */
interface MigrationEngine {

    RunReport run(RunRequest request, RunListener listener, Locale locale);
}
