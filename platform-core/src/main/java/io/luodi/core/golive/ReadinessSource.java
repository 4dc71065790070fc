package io.luodi.core.golive;

import java.util.Optional;

/**
 * One input to a project's go-live gate, offered by the phase module that judges it (the production environment's
 * readiness checklist, for one). The gate asks every source it finds.
 */
public interface ReadinessSource {

    /** What the source judges, as a message-bundle key. */
    String labelKey();

    /** How ready the project is as far as this source can tell; empty while it has nothing to judge. */
    Optional<Readiness> readiness(long projectId);
}
