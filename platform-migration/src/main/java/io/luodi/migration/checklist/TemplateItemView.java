package io.luodi.migration.checklist;

/** A standard checklist item as the template page lists it. */
public record TemplateItemView(String scope, String key, boolean blocking) {
}
