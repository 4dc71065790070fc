package io.luodi.migration.environment;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** One of a project's environments (DEV, TEST, UAT, PROD or one of its own naming). */
@Entity
@Table(name = "environment")
class Environment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long projectId;

    private String name;

    @Enumerated(EnumType.STRING)
    private EnvironmentKind kind;

    private String description;

    private String internalNote;

    private String createdBy;

    private Instant createdAt;

    @Version
    private long version;

    protected Environment() {
    }

    Environment(long projectId, String createdBy, Instant createdAt) {
        this.projectId = projectId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void describe(EnvironmentForm form) {
        this.name = form.name().strip();
        this.kind = form.kind();
        this.description = Text.orNull(form.description());
        this.internalNote = Text.orNull(form.internalNote());
    }

    Long getId() {
        return id;
    }

    long getProjectId() {
        return projectId;
    }

    String getName() {
        return name;
    }

    EnvironmentKind getKind() {
        return kind;
    }

    String getDescription() {
        return description;
    }

    String getInternalNote() {
        return internalNote;
    }

    long getVersion() {
        return version;
    }

    void setVersion(long version) {
        this.version = version;
    }
}
