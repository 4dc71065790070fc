package io.luodi.support.standup;

/** The free-text sections of a stand-up, in the order the page and the document show them. */
public enum SectionKind {
    PROGRESS, PLAN, RISKS, DECISIONS
}
