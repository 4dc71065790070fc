package io.luodi.migration.planning;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A project's migration plan: its name and which of its saved versions is current. */
@Entity
@Table(name = "migration_plan")
class StoredPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long projectId;

    private String name;

    private int currentVersion;

    private String createdBy;

    private Instant createdAt;

    @Version
    private long version;

    protected StoredPlan() {
    }

    StoredPlan(long projectId, String name, String createdBy, Instant createdAt) {
        this.projectId = projectId;
        this.name = name;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.currentVersion = 1;
    }

    /** The number the next save gets; the plan's row version makes two saves of the same version collide. */
    int advance() {
        return ++currentVersion;
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

    int getCurrentVersion() {
        return currentVersion;
    }

    String getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    long getVersion() {
        return version;
    }
}
