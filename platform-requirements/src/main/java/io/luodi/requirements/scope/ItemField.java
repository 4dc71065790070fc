package io.luodi.requirements.scope;

import java.util.function.Function;

/** The parts of a requirement that a scope signs, as a comparison reads them. */
public enum ItemField {
    TITLE(ScopeItem::title),
    DESCRIPTION(ScopeItem::description),
    CATEGORY(ScopeItem::category),
    PRIORITY(i -> i.priority() == null ? null : i.priority().name()),
    ACCEPTANCE_CRITERIA(ScopeItem::acceptanceCriteria);

    private final Function<ScopeItem, String> reader;

    ItemField(Function<ScopeItem, String> reader) {
        this.reader = reader;
    }

    public String in(ScopeItem item) {
        return reader.apply(item);
    }

    public String labelKey() {
        return "scope.field." + name();
    }
}
