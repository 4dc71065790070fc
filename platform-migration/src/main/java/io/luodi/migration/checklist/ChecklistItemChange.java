package io.luodi.migration.checklist;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One entry of an item's history: who moved it from what to what, with the evidence at the time. */
@Entity
@Table(name = "checklist_item_change")
class ChecklistItemChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long itemId;

    @Enumerated(EnumType.STRING)
    private ItemStatus fromStatus;

    @Enumerated(EnumType.STRING)
    private ItemStatus toStatus;

    private String observedValue;

    private String note;

    private Long probeRunId;

    private String changedBy;

    private Instant changedAt;

    protected ChecklistItemChange() {
    }

    ChecklistItemChange(long itemId, ItemStatus fromStatus, ItemStatus toStatus, String observedValue, String note,
                        Long probeRunId, String changedBy, Instant changedAt) {
        this.itemId = itemId;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.observedValue = observedValue;
        this.note = note;
        this.probeRunId = probeRunId;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    ItemDetail.Change view() {
        return new ItemDetail.Change(fromStatus, toStatus, observedValue, note, probeRunId, changedBy, changedAt);
    }
}
