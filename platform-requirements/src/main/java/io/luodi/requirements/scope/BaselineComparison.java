package io.luodi.requirements.scope;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares two snapshots of a scope. A requirement is added when it is in scope in the later snapshot but was not
 * in the earlier one (new, or brought back into scope), removed in the opposite case, and changed when it is in
 * scope in both and any signed field differs. Requirements out of scope on both sides are not part of either
 * scope and are not reported.
 */
public final class BaselineComparison {

    private BaselineComparison() {
    }

    public static ScopeComparison compare(BaselineSnapshot from, BaselineSnapshot to) {
        Map<Long, ScopeItem> before = inScope(from);
        Map<Long, ScopeItem> after = inScope(to);
        List<ScopeItem> added = after.values().stream().filter(i -> !before.containsKey(i.requirementId()))
                .sorted(Comparator.comparingInt(ScopeItem::number)).toList();
        List<ScopeItem> removed = before.values().stream().filter(i -> !after.containsKey(i.requirementId()))
                .sorted(Comparator.comparingInt(ScopeItem::number)).toList();
        List<ScopeComparison.ChangedItem> changed = new ArrayList<>();
        after.values().stream().filter(i -> before.containsKey(i.requirementId()))
                .sorted(Comparator.comparingInt(ScopeItem::number))
                .forEach(now -> {
                    List<ScopeComparison.FieldChange> fields = fieldChanges(before.get(now.requirementId()), now);
                    if (!fields.isEmpty()) {
                        changed.add(new ScopeComparison.ChangedItem(before.get(now.requirementId()), now, fields));
                    }
                });
        return new ScopeComparison(from.number(), to.number(), added, removed, List.copyOf(changed),
                sectionChanges(from.sections(), to.sections()));
    }

    /** The signed fields in which two versions of one requirement differ, in the order a reader expects them. */
    public static List<ScopeComparison.FieldChange> fieldChanges(ScopeItem before, ScopeItem after) {
        List<ScopeComparison.FieldChange> changes = new ArrayList<>();
        for (ItemField field : ItemField.values()) {
            String old = field.in(before);
            String now = field.in(after);
            if (!Objects.equals(old, now)) {
                changes.add(new ScopeComparison.FieldChange(field, old, now, TextDiff.between(old, now)));
            }
        }
        return changes;
    }

    public static List<ScopeComparison.SectionChange> sectionChanges(ScopeSections before, ScopeSections after) {
        List<ScopeComparison.SectionChange> changes = new ArrayList<>();
        for (ScopeSection section : ScopeSection.values()) {
            String old = section.in(before);
            String now = section.in(after);
            if (!Objects.equals(old, now)) {
                changes.add(new ScopeComparison.SectionChange(section, old, now, TextDiff.between(old, now)));
            }
        }
        return changes;
    }

    private static Map<Long, ScopeItem> inScope(BaselineSnapshot snapshot) {
        return snapshot.items().stream().filter(ScopeItem::inScope)
                .collect(Collectors.toMap(ScopeItem::requirementId, Function.identity()));
    }
}
