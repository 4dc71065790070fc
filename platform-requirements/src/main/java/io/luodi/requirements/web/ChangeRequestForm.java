package io.luodi.requirements.web;

import io.luodi.core.BusinessRuleException;
import io.luodi.requirements.requirement.Priority;
import io.luodi.requirements.scope.ChangeAction;
import io.luodi.requirements.scope.ChangeContext;
import io.luodi.requirements.scope.ChangeItem;
import io.luodi.requirements.scope.ChangeRequestDraft;
import io.luodi.requirements.scope.ScopeItem;
import io.luodi.requirements.scope.ScopeSection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A change request as the form posts it: rows of requirement items and of rewritten statement sections. Rows left
 * empty are ignored, so the form can always offer a blank row.
 */
record ChangeRequestForm(@NotBlank @Size(max = 300) String title,
                         @NotBlank @Size(max = 20_000) String reason,
                         @NotNull @Min(-10_000) @Max(10_000) Integer impactDays,
                         @NotNull @Digits(integer = 12, fraction = 2) BigDecimal impactCost,
                         @Size(max = 20_000) String impactRisk,
                         @Valid List<ItemForm> items,
                         @Valid List<SectionForm> sections) {

    ChangeRequestForm {
        items = items == null ? List.of() : items;
        sections = sections == null ? List.of() : sections;
    }

    record ItemForm(ChangeAction action, Long requirementId, @Size(max = 300) String title,
                    @Size(max = 20_000) String description, @Size(max = 100) String category, Priority priority,
                    @Size(max = 20_000) String acceptanceCriteria) {

        static ItemForm blank() {
            return new ItemForm(null, null, null, null, null, Priority.SHOULD, null);
        }

        boolean isBlank() {
            return action == null && requirementId == null && empty(title) && empty(description)
                    && empty(category) && empty(acceptanceCriteria);
        }

        /** A change row with nothing typed yet starts from the requirement as it is in scope. */
        ItemForm prefilled(ChangeContext context) {
            if (action != ChangeAction.CHANGE || requirementId == null || !empty(title)) {
                return this;
            }
            Optional<ScopeItem> current = context.inScope().stream()
                    .filter(i -> i.requirementId() == requirementId).findFirst();
            return current.map(i -> new ItemForm(action, requirementId, i.title(), i.description(), i.category(),
                    i.priority(), i.acceptanceCriteria())).orElse(this);
        }

        ChangeItem toItem() {
            return new ChangeItem(action, requirementId, title, description, category, priority, acceptanceCriteria);
        }
    }

    record SectionForm(ScopeSection section, @Size(max = 20_000) String content) {

        SectionForm prefilled(ChangeContext context) {
            return section != null && empty(content) ? new SectionForm(section, section.in(context.sections()))
                    : this;
        }
    }

    static ChangeRequestForm blank() {
        return new ChangeRequestForm(null, null, 0, BigDecimal.ZERO, null, List.of(ItemForm.blank()), List.of());
    }

    ChangeRequestForm withBlankItem(ChangeContext context) {
        List<ItemForm> rows = new ArrayList<>(items.stream().filter(i -> !i.isBlank())
                .map(i -> i.prefilled(context)).toList());
        rows.add(ItemForm.blank());
        return new ChangeRequestForm(title, reason, impactDays, impactCost, impactRisk, rows,
                sections.stream().map(s -> s.prefilled(context)).toList());
    }

    ChangeRequestForm withBlankSection(ChangeContext context) {
        List<SectionForm> rows = new ArrayList<>(sections.stream().filter(s -> s.section() != null)
                .map(s -> s.prefilled(context)).toList());
        rows.add(new SectionForm(null, null));
        return new ChangeRequestForm(title, reason, impactDays, impactCost, impactRisk,
                items.stream().map(i -> i.prefilled(context)).toList(), rows);
    }

    ChangeRequestDraft toDraft() {
        List<ChangeItem> changes = new ArrayList<>();
        for (ItemForm item : items) {
            if (item.isBlank()) {
                continue;
            }
            if (item.action() == null) {
                throw new BusinessRuleException("changeRequest.item.action", changes.size() + 1);
            }
            changes.add(item.toItem());
        }
        Map<ScopeSection, String> rewrites = new EnumMap<>(ScopeSection.class);
        for (SectionForm section : sections) {
            if (section.section() == null) {
                continue;
            }
            if (rewrites.containsKey(section.section())) {
                throw new BusinessRuleException("changeRequest.section.duplicate",
                        new DefaultMessageSourceResolvable(section.section().labelKey()));
            }
            rewrites.put(section.section(), section.content());
        }
        return new ChangeRequestDraft(title, reason, impactDays == null ? 0 : impactDays, impactCost, impactRisk,
                changes, rewrites);
    }

    private static boolean empty(String text) {
        return text == null || text.isBlank();
    }
}
