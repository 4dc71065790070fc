package io.luodi.requirements.survey;

/** An exported file: its name (may hold Chinese) and content. */
public record Export(String filename, byte[] content) {
}
