package io.luodi.requirements.scope;

/** What one item of a change request does to the scope. */
public enum ChangeAction {
    /** A new requirement, accepted and in scope. */
    ADD,
    /** New content for a requirement in scope. */
    CHANGE,
    /** Takes a requirement out of scope. */
    REMOVE
}
