package io.luodi.migration.planning;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.project.ProjectAccess;
import io.luodi.migration.engine.plan.SourceSpec;
import io.luodi.migration.engine.source.DetectedSource;
import io.luodi.migration.engine.source.SourceFiles;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.nio.file.Path;

/**
 * What the engine makes of a dataset's uploaded file with the plan's overrides: encoding, delimiter, header row,
 * columns and the first rows, for the user to check before mapping. A file the engine cannot read is refused with
 * its reason in the user's language.
 */
@Service
public class SourceDetection {

    private final MigrationPlans plans;

    SourceDetection(MigrationPlans plans) {
        this.plans = plans;
    }

    public DetectedSource detect(ProjectAccess access, long planId, long datasetId, SourceSpec overrides) {
        Path file = plans.sourceFile(access, planId, datasetId);
        if (file == null) {
            throw new BusinessRuleException("migration.run.noFile");
        }
        try {
            return SourceFiles.detect(file, overrides);
        } catch (BusinessRuleException refusal) {
            throw refusal;
        } catch (IOException | RuntimeException e) {
            // A file the readers choke on in a way they do not name is still the user's to fix, not a 500.
            throw new BusinessRuleException("migration.file.unreadable", file.getFileName());
        }
    }
}
