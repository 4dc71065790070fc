package io.luodi.migration.checklist;

import io.luodi.core.BusinessRuleException;

import java.util.Locale;
import java.util.Map;

/**
 * What may be kept as evidence: screenshots, documents, logs and archives up to 10 MB. The type is decided by the
 * file name's extension, never by what the browser claims, and served back as that type.
 */
final class EvidenceFiles {

    static final long MAX_BYTES = 10L * 1024 * 1024;

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("pdf", "application/pdf"), Map.entry("txt", "text/plain"), Map.entry("log", "text/plain"),
            Map.entry("csv", "text/csv"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("zip", "application/zip"));

    private EvidenceFiles() {
    }

    static EvidenceFile check(EvidenceFile file) {
        String name = file.fileName() == null ? "" : file.fileName().replaceAll(".*[/\\\\]", "").strip();
        int dot = name.lastIndexOf('.');
        String type = dot < 0 ? null : TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (name.isEmpty() || type == null) {
            throw BusinessRuleException.onField("file", "checklist.evidence.type", name);
        }
        if (file.content().length > MAX_BYTES) {
            throw BusinessRuleException.onField("file", "checklist.evidence.tooLarge", name, MAX_BYTES / 1024 / 1024);
        }
        if (file.content().length == 0) {
            throw BusinessRuleException.onField("file", "checklist.evidence.empty", name);
        }
        return new EvidenceFile(name.length() > 255 ? name.substring(name.length() - 255) : name, type,
                file.content());
    }
}
