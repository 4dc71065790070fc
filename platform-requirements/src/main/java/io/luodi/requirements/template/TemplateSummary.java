package io.luodi.requirements.template;

import io.luodi.core.project.SystemType;

import java.time.Instant;
import java.util.UUID;

/** A template version as the library lists it. */
public record TemplateSummary(long id, UUID lineage, int versionNumber, String name, SystemType systemType,
                              TemplateStatus status, String createdBy, Instant createdAt, long questionCount) {
}
