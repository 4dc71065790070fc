package io.luodi.requirements.requirement;

import java.util.List;

/**
 * One change applied to many requirements at once; null leaves that field as it is.
 *
 * @param selection the requirements as the list showed them: ids with the versions the list was loaded at
 */
public record BulkChange(List<Selected> selection, RequirementStatus status, Priority priority, Boolean inScope,
                         String category) {

    public static final int MAX_SELECTION = 1000;

    /** A requirement chosen in the list, at the version the list showed. */
    public record Selected(long id, long version) {

        /** Reads "id:version", as the list's checkboxes carry it; anything else is null. */
        public static Selected parse(String value) {
            String[] parts = value == null ? new String[0] : value.split(":");
            try {
                return parts.length == 2 ? new Selected(Long.parseLong(parts[0]), Long.parseLong(parts[1])) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    public BulkChange {
        category = RequirementForm.clean(category);
        selection = List.copyOf(selection);
    }

    boolean changesNothing() {
        return status == null && priority == null && inScope == null && category == null;
    }

    RequirementFields applyTo(RequirementFields fields) {
        RequirementContent content = fields.content();
        RequirementContent next = new RequirementContent(content.title(), content.description(),
                category != null ? category : content.category(), priority != null ? priority : content.priority(),
                content.acceptanceCriteria());
        return new RequirementFields(next, status != null ? status : fields.status(),
                inScope != null ? inScope : fields.inScope(), fields.internalNote());
    }
}
