package io.luodi.support.settings;

/** Which tickets a customer user sees: all of their organisation's on the project, or only those they raised or watch. */
public enum CustomerVisibility {
    ORGANISATION, OWN
}
