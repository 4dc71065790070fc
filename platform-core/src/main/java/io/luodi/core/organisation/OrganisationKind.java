package io.luodi.core.organisation;

/** The implementer runs projects; customers receive them. */
public enum OrganisationKind {
    IMPLEMENTER, CUSTOMER
}
