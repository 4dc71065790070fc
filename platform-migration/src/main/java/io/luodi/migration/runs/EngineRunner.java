package io.luodi.migration.runs;

import io.luodi.migration.engine.run.MigrationRunner;
import io.luodi.migration.engine.run.RunListener;
import io.luodi.migration.engine.run.RunReport;
import io.luodi.migration.engine.run.RunRequest;
import org.springframework.stereotype.Component;

import java.util.Locale;

/** The engine's runner, the same code the command line runs. */
@Component
class EngineRunner implements MigrationEngine {

    /** The run's failure text is in the language of the user who started it. */
    @Override
    public RunReport run(RunRequest request, RunListener listener, Locale locale) {
        return new MigrationRunner(locale).run(request, listener);
    }
}
