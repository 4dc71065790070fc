package io.luodi.requirements.requirement;

/**
 * What a requirement says, as a change request may change it. Status, scope flag and internal note are not
 * part of it: those follow from the decision, not from the text.
 */
public record RequirementContent(String title, String description, String category, Priority priority,
                                 String acceptanceCriteria) {
}
