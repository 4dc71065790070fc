package io.luodi.requirements.scope;

import java.util.EnumMap;
import java.util.Map;

/** The long texts of a scope statement. Blank texts are kept as null so that "empty" has one spelling. */
public record ScopeSections(String objectives, String deliverables, String milestones, String assumptions,
                            String constraints, String risks, String acceptanceCriteria) {

    public static final int MAX_LENGTH = 20_000;

    public static final ScopeSections EMPTY = new ScopeSections(null, null, null, null, null, null, null);

    public ScopeSections {
        objectives = clean(objectives);
        deliverables = clean(deliverables);
        milestones = clean(milestones);
        assumptions = clean(assumptions);
        constraints = clean(constraints);
        risks = clean(risks);
        acceptanceCriteria = clean(acceptanceCriteria);
    }

    public static ScopeSections of(Map<ScopeSection, String> texts) {
        return new ScopeSections(texts.get(ScopeSection.OBJECTIVES), texts.get(ScopeSection.DELIVERABLES),
                texts.get(ScopeSection.MILESTONES), texts.get(ScopeSection.ASSUMPTIONS),
                texts.get(ScopeSection.CONSTRAINTS), texts.get(ScopeSection.RISKS),
                texts.get(ScopeSection.ACCEPTANCE_CRITERIA));
    }

    public Map<ScopeSection, String> asMap() {
        Map<ScopeSection, String> texts = new EnumMap<>(ScopeSection.class);
        for (ScopeSection section : ScopeSection.values()) {
            texts.put(section, section.in(this));
        }
        return texts;
    }

    /** These sections with one of them rewritten. */
    public ScopeSections with(ScopeSection section, String text) {
        Map<ScopeSection, String> texts = asMap();
        texts.put(section, text);
        return of(texts);
    }

    public String get(ScopeSection section) {
        return section.in(this);
    }

    public boolean isEmpty() {
        return equals(EMPTY);
    }

    /** Trailing blanks and Windows line ends are noise a comparison must not report as a change. */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        return cleaned.isEmpty() ? null : cleaned;
    }
}
