package io.luodi.core.export;

/** A finished export: what it is called, its media type and its bytes. */
public record ExportedFile(String filename, String contentType, byte[] content) {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static ExportedFile docx(String name, byte[] content) {
        return new ExportedFile(name + ".docx", DOCX, content);
    }

    public static ExportedFile xlsx(String name, byte[] content) {
        return new ExportedFile(name + ".xlsx", XLSX, content);
    }
}
