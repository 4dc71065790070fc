package io.luodi.support.ticket;

import io.luodi.core.BusinessRuleException;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What may be attached to a ticket: screenshots, documents, logs and archives up to 10 MB each, five at a time.
 * The type is decided by the file name's extension, never by what the browser claims, and served back as that type.
 */
final class AttachmentRules {

    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final int MAX_FILES = 5;

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"), Map.entry("pdf", "application/pdf"), Map.entry("txt", "text/plain"),
            Map.entry("log", "text/plain"), Map.entry("csv", "text/csv"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("doc", "application/msword"), Map.entry("zip", "application/zip"));

    private AttachmentRules() {
    }

    /** The files with their content types fixed by extension; refuses the lot if any one is not acceptable. */
    static List<Upload> check(List<Upload> files) {
        if (files.size() > MAX_FILES) {
            throw BusinessRuleException.onField("files", "ticket.attachment.tooMany", MAX_FILES);
        }
        return files.stream().map(AttachmentRules::check).toList();
    }

    private static Upload check(Upload file) {
        String name = file.fileName() == null ? "" : file.fileName().replaceAll(".*[/\\\\]", "").strip();
        int dot = name.lastIndexOf('.');
        String type = dot < 0 ? null : TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (name.isEmpty() || type == null) {
            throw BusinessRuleException.onField("files", "ticket.attachment.type", name);
        }
        if (file.content().length > MAX_BYTES) {
            throw BusinessRuleException.onField("files", "ticket.attachment.tooLarge", name, MAX_BYTES / 1024 / 1024);
        }
        if (file.content().length == 0) {
            throw BusinessRuleException.onField("files", "ticket.attachment.empty", name);
        }
        return new Upload(name.length() > 255 ? name.substring(name.length() - 255) : name, type, file.content());
    }
}
