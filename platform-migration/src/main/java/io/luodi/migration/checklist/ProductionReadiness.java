package io.luodi.migration.checklist;

import io.luodi.core.golive.Readiness;
import io.luodi.core.golive.ReadinessSource;
import io.luodi.migration.environment.EnvironmentDirectory;
import io.luodi.migration.environment.EnvironmentKind;
import io.luodi.migration.environment.EnvironmentSummary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/** The go-live gate's view of the production environments: their checklists' readiness, taken together. */
@Component
@Transactional(readOnly = true)
class ProductionReadiness implements ReadinessSource {

    private final EnvironmentDirectory directory;
    private final Checklists checklists;

    ProductionReadiness(EnvironmentDirectory directory, Checklists checklists) {
        this.directory = directory;
        this.checklists = checklists;
    }

    @Override
    public String labelKey() {
        return "environment.readiness.production";
    }

    @Override
    public Optional<Readiness> readiness(long projectId) {
        List<EnvironmentSummary> production = directory.environments(projectId, EnvironmentKind.PROD);
        if (production.isEmpty()) {
            return Optional.empty();
        }
        int passed = 0;
        int applicable = 0;
        int blocking = 0;
        for (EnvironmentSummary environment : production) {
            Readiness readiness = checklists.readiness(environment.id());
            passed += readiness.passed();
            applicable += readiness.applicable();
            blocking += readiness.blockingFailures();
        }
        return Optional.of(new Readiness(passed, applicable, blocking));
    }
}
