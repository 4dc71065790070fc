package io.luodi.migration.checklist;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A standard checklist item, seeded with the schema. Its key is stable: probes set items by it, and the bundles
 * give its title and guidance in both languages ({@code checklist.item.<key>}).
 */
@Entity
@Table(name = "checklist_template_item")
class ChecklistTemplateItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private ChecklistScope scope;

    private String itemKey;

    private boolean blocking;

    private int position;

    protected ChecklistTemplateItem() {
    }

    ChecklistScope getScope() {
        return scope;
    }

    String getItemKey() {
        return itemKey;
    }

    boolean isBlocking() {
        return blocking;
    }

    int getPosition() {
        return position;
    }

    TemplateItemView view() {
        return new TemplateItemView(scope.name(), itemKey, blocking);
    }
}
