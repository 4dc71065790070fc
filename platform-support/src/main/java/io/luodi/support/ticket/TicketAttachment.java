package io.luodi.support.ticket;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A file attached to a ticket; internal attachments go with internal notes and stay on the implementer's side. */
@Entity
@Table(name = "ticket_attachment")
class TicketAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long ticketId;

    private String fileName;

    private String contentType;

    private long sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    private boolean internal;

    private String uploadedBy;

    private Instant uploadedAt;

    protected TicketAttachment() {
    }

    TicketAttachment(long ticketId, Upload upload, boolean internal, String uploadedBy, Instant uploadedAt) {
        this.ticketId = ticketId;
        this.fileName = upload.fileName();
        this.contentType = upload.contentType();
        this.sizeBytes = upload.content().length;
        this.content = upload.content();
        this.internal = internal;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    TicketView.Attachment view() {
        return new TicketView.Attachment(id, fileName, sizeBytes, internal, uploadedBy, uploadedAt);
    }

    long getTicketId() {
        return ticketId;
    }

    String getFileName() {
        return fileName;
    }

    String getContentType() {
        return contentType;
    }

    byte[] getContent() {
        return content;
    }

    boolean isInternal() {
        return internal;
    }
}
