package io.luodi.migration.checklist;

import java.time.Instant;
import java.util.List;

/** A checklist item with its evidence files and its history, newest first. */
public record ItemDetail(ItemView item, List<Attachment> attachments, List<Change> history) {

    public record Attachment(long id, String fileName, long sizeBytes, String uploadedBy, Instant uploadedAt) {
    }

    public record Change(ItemStatus from, ItemStatus to, String observedValue, String note, Long probeRunId,
                         String changedBy, Instant changedAt) {
    }
}
