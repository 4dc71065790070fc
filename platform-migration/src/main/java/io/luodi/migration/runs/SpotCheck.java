package io.luodi.migration.runs;

import io.luodi.core.BusinessRuleException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** One random key record of a FULL run, source beside target, for the customer to confirm or dispute. */
@Entity
@Table(name = "migration_spot_check")
class SpotCheck {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long runId;

    private int ordinal;

    private String recordKey;

    private String sourceJson;

    private String targetJson;

    @Enumerated(EnumType.STRING)
    private SpotCheckStatus status;

    private String comment;

    private String decidedBy;

    private Instant decidedAt;

    @Version
    private long version;

    protected SpotCheck() {
    }

    SpotCheck(long runId, int ordinal, String recordKey, String sourceJson, String targetJson) {
        this.runId = runId;
        this.ordinal = ordinal;
        this.recordKey = recordKey.length() <= 500 ? recordKey : recordKey.substring(0, 500);
        this.sourceJson = sourceJson;
        this.targetJson = targetJson;
        this.status = SpotCheckStatus.PENDING;
    }

    /** Confirms or disputes; a dispute must say what is wrong. A later decision replaces an earlier one. */
    void decide(SpotCheckStatus to, String comment, String by, Instant at) {
        if (to == SpotCheckStatus.PENDING) {
            throw new BusinessRuleException("migration.spotCheck.decisionRequired");
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (to == SpotCheckStatus.DISPUTED && text == null) {
            throw BusinessRuleException.onField("comment", "migration.spotCheck.commentRequired");
        }
        if (text != null && text.length() > 2000) {
            throw BusinessRuleException.onField("comment", "migration.spotCheck.commentTooLong", 2000);
        }
        status = to;
        this.comment = text;
        decidedBy = by;
        decidedAt = at;
    }

    Long getId() {
        return id;
    }

    long getRunId() {
        return runId;
    }

    int getOrdinal() {
        return ordinal;
    }

    String getRecordKey() {
        return recordKey;
    }

    String getSourceJson() {
        return sourceJson;
    }

    String getTargetJson() {
        return targetJson;
    }

    SpotCheckStatus getStatus() {
        return status;
    }

    String getComment() {
        return comment;
    }

    String getDecidedBy() {
        return decidedBy;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }

    long getVersion() {
        return version;
    }
}
