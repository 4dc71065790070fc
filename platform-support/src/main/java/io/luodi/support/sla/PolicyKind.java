package io.luodi.support.sla;

/** The two contracts of a project: hypercare right after go-live, standard support once hypercare ends. */
public enum PolicyKind {
    HYPERCARE, STANDARD
}
