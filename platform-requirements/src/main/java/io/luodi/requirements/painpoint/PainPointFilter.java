package io.luodi.requirements.painpoint;

/** What the pain point list shows; a null criterion matches everything. */
public record PainPointFilter(Severity severity, String process) {

    public PainPointFilter {
        process = process == null || process.isBlank() ? null : process.strip();
    }
}
