package io.luodi.migration.runs;

import io.luodi.migration.engine.run.RunListener;
import io.luodi.migration.engine.run.RunReport;
import io.luodi.migration.engine.run.RunRequest;
import org.springframework.stereotype.Component;

/** The engine's runner, the same code the command line runs. */
@Component
class EngineRunner implements MigrationEngine {

    @Override
    public RunReport run(RunRequest request, RunListener listener) {
        throw new UnsupportedOperationException("awaiting MigrationRunner");
    }
}
