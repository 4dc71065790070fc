package io.luodi.requirements.scope;

import java.util.List;

/**
 * How one baseline's scope differs from another's: requirements that came into scope, went out of it or changed
 * while in it, and statement sections that were rewritten.
 */
public record ScopeComparison(int fromNumber, int toNumber, List<ScopeItem> added, List<ScopeItem> removed,
                              List<ChangedItem> changed, List<SectionChange> sections) {

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && sections.isEmpty();
    }

    /** A requirement in scope on both sides whose content differs. */
    public record ChangedItem(ScopeItem before, ScopeItem after, List<FieldChange> fields) {
    }

    /** One field's old and new value, and the words that changed between them. */
    public record FieldChange(ItemField field, String before, String after, List<TextDiff.Segment> diff) {
    }

    public record SectionChange(ScopeSection section, String before, String after, List<TextDiff.Segment> diff) {
    }
}
