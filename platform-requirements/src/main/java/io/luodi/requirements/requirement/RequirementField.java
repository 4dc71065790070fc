package io.luodi.requirements.requirement;

import java.util.Objects;
import java.util.function.Function;

/** The fields a requirement's history tracks, and how each is read and written as text. */
public enum RequirementField {
    TITLE(f -> f.content().title()),
    DESCRIPTION(f -> f.content().description()),
    CATEGORY(f -> f.content().category()),
    PRIORITY(f -> f.content().priority().name()),
    ACCEPTANCE_CRITERIA(f -> f.content().acceptanceCriteria()),
    STATUS(f -> f.status().name()),
    IN_SCOPE(f -> Boolean.toString(f.inScope())),
    INTERNAL_NOTE(RequirementFields::internalNote);

    private final Function<RequirementFields, String> reader;

    RequirementField(Function<RequirementFields, String> reader) {
        this.reader = reader;
    }

    public String valueIn(RequirementFields fields) {
        return reader.apply(fields);
    }

    public boolean differs(RequirementFields before, RequirementFields after) {
        return !Objects.equals(valueIn(before), valueIn(after));
    }

    /** Whether the field is part of what the customer signs; after sign-off only a change request moves it. */
    public boolean isScope() {
        return this != INTERNAL_NOTE;
    }

    /** Whether customers see the field and its history. */
    public boolean isInternal() {
        return this == INTERNAL_NOTE;
    }
}
