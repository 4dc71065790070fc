package io.luodi.migration.planning;

import io.luodi.core.BusinessRuleException;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A dataset of a plan, by the name the plan's YAML gives it: what the YAML cannot hold, the uploaded source file
 * and the sign-off.
 */
@Entity
@Table(name = "migration_dataset")
class Dataset {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long planId;

    private String name;

    private String filePath;

    private String fileName;

    private String fileSha256;

    private Long fileSize;

    private String uploadedBy;

    private Instant uploadedAt;

    private String signedOffBy;

    private Instant signedOffAt;

    private Long signedOffRunId;

    @Version
    private long version;

    protected Dataset() {
    }

    Dataset(long planId, String name) {
        this.planId = planId;
        this.name = name;
    }

    /** A new source file: an earlier sign-off was for other data and no longer stands. */
    void attach(StoredFile file, String by, Instant at) {
        filePath = file.path();
        fileName = file.originalName();
        fileSha256 = file.sha256();
        fileSize = file.size();
        uploadedBy = by;
        uploadedAt = at;
        signedOffBy = null;
        signedOffAt = null;
        signedOffRunId = null;
    }

    void signOff(long runId, String by, Instant at) {
        if (signedOffAt != null) {
            throw new BusinessRuleException("migration.signOff.already");
        }
        signedOffRunId = runId;
        signedOffBy = by;
        signedOffAt = at;
    }

    Long getId() {
        return id;
    }

    long getPlanId() {
        return planId;
    }

    String getName() {
        return name;
    }

    String getFilePath() {
        return filePath;
    }

    DatasetView view() {
        return new DatasetView(id, planId, name, fileName, fileSha256, fileSize, uploadedBy, uploadedAt,
                signedOffBy, signedOffAt, signedOffRunId);
    }
}
