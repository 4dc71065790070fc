package io.luodi.migration.checklist;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A file kept as an item's evidence: a screenshot of a backup job, a restore log, a signed-off form. */
@Entity
@Table(name = "checklist_attachment")
class ChecklistAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long itemId;

    private String fileName;

    private String contentType;

    private long sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    private String uploadedBy;

    private Instant uploadedAt;

    protected ChecklistAttachment() {
    }

    ChecklistAttachment(long itemId, EvidenceFile file, String uploadedBy, Instant uploadedAt) {
        this.itemId = itemId;
        this.fileName = file.fileName();
        this.contentType = file.contentType();
        this.sizeBytes = file.content().length;
        this.content = file.content();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    ItemDetail.Attachment view() {
        return new ItemDetail.Attachment(id, fileName, sizeBytes, uploadedBy, uploadedAt);
    }

    long getItemId() {
        return itemId;
    }

    EvidenceFile file() {
        return new EvidenceFile(fileName, contentType, content);
    }
}
