package io.luodi.core.user;

import io.luodi.core.organisation.OrganisationKind;

/** A user's role across the platform; what they may do inside a project also depends on their membership. */
public enum Role {
    ADMIN(OrganisationKind.IMPLEMENTER),
    PM(OrganisationKind.IMPLEMENTER),
    CONSULTANT(OrganisationKind.IMPLEMENTER),
    CUSTOMER(OrganisationKind.CUSTOMER);

    private final OrganisationKind organisationKind;

    Role(OrganisationKind organisationKind) {
        this.organisationKind = organisationKind;
    }

    /** The kind of organisation a user with this role must belong to. */
    public OrganisationKind organisationKind() {
        return organisationKind;
    }

    public boolean isInternal() {
        return organisationKind == OrganisationKind.IMPLEMENTER;
    }
}
