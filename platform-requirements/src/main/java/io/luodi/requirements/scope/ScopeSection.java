package io.luodi.requirements.scope;

import java.util.function.Function;

/** The sections of a scope statement, in the order the statement and its Word document show them. */
public enum ScopeSection {
    OBJECTIVES(ScopeSections::objectives),
    DELIVERABLES(ScopeSections::deliverables),
    MILESTONES(ScopeSections::milestones),
    ASSUMPTIONS(ScopeSections::assumptions),
    CONSTRAINTS(ScopeSections::constraints),
    RISKS(ScopeSections::risks),
    ACCEPTANCE_CRITERIA(ScopeSections::acceptanceCriteria);

    private final Function<ScopeSections, String> reader;

    ScopeSection(Function<ScopeSections, String> reader) {
        this.reader = reader;
    }

    public String in(ScopeSections sections) {
        return reader.apply(sections);
    }

    /** The message key of the section's title. */
    public String labelKey() {
        return "scope.section." + name();
    }
}
