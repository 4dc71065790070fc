package io.luodi.migration.checklist;

/** A file as the browser sent it, read into memory after the container's size check. */
public record EvidenceFile(String fileName, String contentType, byte[] content) {
}
