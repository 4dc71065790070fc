package io.luodi.requirements.scope;

import io.luodi.requirements.requirement.Priority;
import io.luodi.requirements.requirement.RequirementContent;

/**
 * One item of a change request as submitted: an addition carries the new requirement's content, a change the
 * requirement and its new content, a removal only the requirement.
 */
public record ChangeItem(ChangeAction action, Long requirementId, String title, String description, String category,
                         Priority priority, String acceptanceCriteria) {

    public static ChangeItem add(RequirementContent content) {
        return new ChangeItem(ChangeAction.ADD, null, content.title(), content.description(), content.category(),
                content.priority(), content.acceptanceCriteria());
    }

    public static ChangeItem change(long requirementId, RequirementContent content) {
        return new ChangeItem(ChangeAction.CHANGE, requirementId, content.title(), content.description(),
                content.category(), content.priority(), content.acceptanceCriteria());
    }

    public static ChangeItem remove(long requirementId) {
        return new ChangeItem(ChangeAction.REMOVE, requirementId, null, null, null, null, null);
    }

    public RequirementContent content() {
        return new RequirementContent(title, description, category, priority, acceptanceCriteria);
    }
}
