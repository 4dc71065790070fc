package io.luodi.requirements.requirement;

/** Every field of a requirement that people edit; a revision compares two of these field by field. */
public record RequirementFields(RequirementContent content, RequirementStatus status, boolean inScope,
                                String internalNote) {

    public RequirementFields withContent(RequirementContent newContent) {
        return new RequirementFields(newContent, status, inScope, internalNote);
    }

    public RequirementFields withStatus(RequirementStatus newStatus) {
        return new RequirementFields(content, newStatus, inScope, internalNote);
    }

    public RequirementFields withScope(boolean newInScope) {
        return new RequirementFields(content, status, newInScope, internalNote);
    }
}
