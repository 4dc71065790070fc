package io.luodi.requirements.painpoint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** Something that hurts in the customer's work today, found in a survey answer or a conversation. */
@Entity
@Table(name = "pain_point")
class PainPoint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long projectId;

    private Long answerId;

    private String title;

    private String description;

    private String affectedProcess;

    @Enumerated(EnumType.STRING)
    private Severity severity;

    @Enumerated(EnumType.STRING)
    private Frequency frequency;

    private String createdBy;

    @Column(insertable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected PainPoint() {
    }

    PainPoint(long projectId, Long answerId, PainPointForm form, String createdBy) {
        this.projectId = projectId;
        this.answerId = answerId;
        this.createdBy = createdBy;
        describe(form);
    }

    /** Takes the form's text and ratings; the answer it came from stays as it was. */
    void describe(PainPointForm form) {
        this.title = form.title().strip();
        this.description = blankToNull(form.description());
        this.affectedProcess = form.affectedProcess().strip();
        this.severity = form.severity();
        this.frequency = form.frequency();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    Long getId() {
        return id;
    }

    long getProjectId() {
        return projectId;
    }

    Long getAnswerId() {
        return answerId;
    }

    String getTitle() {
        return title;
    }

    String getDescription() {
        return description;
    }

    String getAffectedProcess() {
        return affectedProcess;
    }

    Severity getSeverity() {
        return severity;
    }

    Frequency getFrequency() {
        return frequency;
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
