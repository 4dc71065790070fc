package io.luodi.requirements.scope;

/** A file an export produced, with the name it is offered under. */
public record ExportedFile(String filename, String contentType, byte[] content) {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
