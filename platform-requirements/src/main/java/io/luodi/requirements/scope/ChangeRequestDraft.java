package io.luodi.requirements.scope;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A change request as its author writes it: what changes (requirement items and rewritten statement sections),
 * why, and what it costs in days, money and risk.
 */
public record ChangeRequestDraft(String title, String reason, int impactDays, BigDecimal impactCost,
                                 String impactRisk, List<ChangeItem> items, Map<ScopeSection, String> sections) {

    public ChangeRequestDraft {
        items = items == null ? List.of() : List.copyOf(items);
        sections = sections == null ? Map.of() : Map.copyOf(sections);
    }
}
