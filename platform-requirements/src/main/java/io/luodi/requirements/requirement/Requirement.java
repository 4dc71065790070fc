package io.luodi.requirements.requirement;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A requirement of a project, known by a key that never changes ({@code REQ-001}). It keeps its own history:
 * every revision records each changed field with who, when, old and new value, and the cause.
 */
@Entity
@Table(name = "requirement")
public class Requirement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long projectId;

    private int number;

    private String title;

    private String description;

    private String category;

    @Enumerated(EnumType.STRING)
    private Priority priority;

    @Enumerated(EnumType.STRING)
    private RequirementStatus status;

    private boolean inScope;

    private String acceptanceCriteria;

    private String internalNote;

    private String createdBy;

    @Column(insertable = false, updatable = false)
    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "requirement", cascade = CascadeType.ALL)
    @OrderBy("changedAt, id")
    private List<RequirementChange> changes = new ArrayList<>();

    @OneToMany(mappedBy = "requirement", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<RequirementSource> sources = new ArrayList<>();

    protected Requirement() {
    }

    private Requirement(long projectId, int number, RequirementFields fields, String createdBy, Instant now) {
        this.projectId = projectId;
        this.number = number;
        this.createdBy = createdBy;
        this.updatedAt = now;
        assign(fields);
    }

    /** A new requirement; {@code number} comes from {@code ProjectNumbers}. */
    public static Requirement create(long projectId, int number, RequirementFields fields, String createdBy,
                                     Instant now) {
        return new Requirement(projectId, number, fields, createdBy, now);
    }

    public static String key(int number) {
        return "REQ-%03d".formatted(number);
    }

    public String key() {
        return key(number);
    }

    public RequirementFields fields() {
        return new RequirementFields(
                new RequirementContent(title, description, category, priority, acceptanceCriteria),
                status, inScope, internalNote);
    }

    /**
     * Applies new values and records one history entry per field that differs.
     *
     * @param cause what brought the change about (e.g. "CR-002", a meeting decision), or null for a direct edit
     * @return the fields that changed, empty when nothing did
     */
    public List<RequirementField> revise(RequirementFields next, String actor, String cause, Instant now) {
        RequirementFields before = fields();
        List<RequirementField> changed = new ArrayList<>();
        for (RequirementField field : RequirementField.values()) {
            if (field.differs(before, next)) {
                changes.add(new RequirementChange(this, now, actor, field, field.valueIn(before),
                        field.valueIn(next), cause));
                changed.add(field);
            }
        }
        if (!changed.isEmpty()) {
            assign(next);
            updatedAt = now;
        }
        return changed;
    }

    /** Links a source (answer, pain point or meeting decision); linking the same source twice changes nothing. */
    public void addSource(RequirementSource.Kind kind, long sourceId) {
        boolean known = sources.stream().anyMatch(s -> s.kind() == kind && s.sourceId() == sourceId);
        if (!known) {
            sources.add(new RequirementSource(this, kind, sourceId));
        }
    }

    public void removeSource(RequirementSource.Kind kind, long sourceId) {
        sources.removeIf(s -> s.kind() == kind && s.sourceId() == sourceId);
    }

    private void assign(RequirementFields fields) {
        RequirementContent content = fields.content();
        this.title = content.title();
        this.description = content.description();
        this.category = content.category();
        this.priority = content.priority();
        this.acceptanceCriteria = content.acceptanceCriteria();
        this.status = fields.status();
        this.inScope = fields.inScope();
        this.internalNote = fields.internalNote();
    }

    public Long getId() {
        return id;
    }

    public long getProjectId() {
        return projectId;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getCategory() {
        return category;
    }

    public Priority getPriority() {
        return priority;
    }

    public RequirementStatus getStatus() {
        return status;
    }

    public boolean isInScope() {
        return inScope;
    }

    public String getAcceptanceCriteria() {
        return acceptanceCriteria;
    }

    public String getInternalNote() {
        return internalNote;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    public List<RequirementChange> getChanges() {
        return Collections.unmodifiableList(changes);
    }

    public List<RequirementSource> getSources() {
        return Collections.unmodifiableList(sources);
    }
}
