package io.luodi.migration.checklist;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A checklist item applied to an environment (componentId empty) or to one of its components. Every change of
 * status or evidence leaves a {@link ChecklistItemChange}.
 */
@Entity
@Table(name = "checklist_item")
class ChecklistItem {

    static final int MAX_OBSERVED = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long environmentId;

    private Long componentId;

    private String itemKey;

    private boolean blocking;

    private int position;

    @Enumerated(EnumType.STRING)
    private ItemStatus status;

    private Long ownerUserId;

    private LocalDate dueOn;

    private String evidenceNote;

    private String observedValue;

    private Long probeRunId;

    private String updatedBy;

    private Instant updatedAt;

    @Version
    private long version;

    protected ChecklistItem() {
    }

    ChecklistItem(long environmentId, Long componentId, String itemKey, boolean blocking, int position) {
        this.environmentId = environmentId;
        this.componentId = componentId;
        this.itemKey = itemKey;
        this.blocking = blocking;
        this.position = position;
        this.status = ItemStatus.TODO;
    }

    /** A person's judgement: status, owner, due date and note. */
    ChecklistItemChange judge(ItemForm form, String by, Instant at) {
        ItemStatus from = status;
        status = form.status();
        ownerUserId = form.ownerUserId();
        dueOn = form.dueOn();
        evidenceNote = form.note() == null || form.note().isBlank() ? null : form.note().strip();
        probeRunId = null;
        updatedBy = by;
        updatedAt = at;
        return new ChecklistItemChange(id, from, status, observedValue, evidenceNote, null, by, at);
    }

    /**
     * A probe's finding: the status it implies and what it saw, kept with the run as evidence. A finding with
     * nothing to judge against (status null) records what was seen and leaves the status to people.
     */
    ChecklistItemChange observe(ItemStatus to, String observed, long runId, String by, Instant at) {
        ItemStatus from = status;
        status = to == null ? status : to;
        observedValue = observed.length() > MAX_OBSERVED ? observed.substring(0, MAX_OBSERVED) : observed;
        probeRunId = runId;
        updatedBy = by;
        updatedAt = at;
        return new ChecklistItemChange(id, from, status, observedValue, null, runId, by, at);
    }

    Long getId() {
        return id;
    }

    long getEnvironmentId() {
        return environmentId;
    }

    Long getComponentId() {
        return componentId;
    }

    String getItemKey() {
        return itemKey;
    }

    boolean isBlocking() {
        return blocking;
    }

    int getPosition() {
        return position;
    }

    ItemStatus getStatus() {
        return status;
    }

    Long getOwnerUserId() {
        return ownerUserId;
    }

    LocalDate getDueOn() {
        return dueOn;
    }

    String getEvidenceNote() {
        return evidenceNote;
    }

    String getObservedValue() {
        return observedValue;
    }

    Long getProbeRunId() {
        return probeRunId;
    }

    String getUpdatedBy() {
        return updatedBy;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    long getVersion() {
        return version;
    }

    void setVersion(long version) {
        this.version = version;
    }
}
