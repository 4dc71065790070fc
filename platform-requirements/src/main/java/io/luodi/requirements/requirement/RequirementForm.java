package io.luodi.requirements.requirement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A requirement as the form edits it.
 *
 * @param version    the version the form was loaded at; null for a new requirement
 * @param sourceKind with {@code sourceId}: where a new requirement comes from, or the meeting decision that
 *                   brings an edit about (it then names the cause of every change and becomes a source)
 */
public record RequirementForm(@NotBlank @Size(max = 300) String title,
                              @Size(max = 20_000) String description,
                              @Size(max = 100) String category,
                              @NotNull Priority priority,
                              @NotNull RequirementStatus status,
                              @NotNull Boolean inScope,
                              @Size(max = 20_000) String acceptanceCriteria,
                              @Size(max = 20_000) String internalNote,
                              Long version,
                              RequirementSource.Kind sourceKind,
                              Long sourceId) {

    /** The form's values as the aggregate holds them: trimmed, blank as null, line breaks as {@code \n}. */
    public RequirementFields toFields() {
        return new RequirementFields(new RequirementContent(clean(title), clean(description), clean(category),
                priority, clean(acceptanceCriteria)), status, Boolean.TRUE.equals(inScope), clean(internalNote));
    }

    public static RequirementForm of(RequirementFields fields, long version) {
        RequirementContent content = fields.content();
        return new RequirementForm(content.title(), content.description(), content.category(), content.priority(),
                fields.status(), fields.inScope(), content.acceptanceCriteria(), fields.internalNote(), version,
                null, null);
    }

    public RequirementForm withSource(RequirementSource.Kind kind, Long id) {
        return new RequirementForm(title, description, category, priority, status, inScope, acceptanceCriteria,
                internalNote, version, kind, id);
    }

    public boolean hasSource() {
        return sourceKind != null && sourceId != null;
    }

    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        return cleaned.isEmpty() ? null : cleaned;
    }
}
