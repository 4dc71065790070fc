package io.luodi.requirements.scope;

import java.time.Instant;

/**
 * The scope statement as it stands; {@code version} is null while nobody has written one, and is what an edit
 * must name to be saved.
 */
public record StatementView(ScopeSections sections, Long version, String updatedBy, Instant updatedAt) {
}
