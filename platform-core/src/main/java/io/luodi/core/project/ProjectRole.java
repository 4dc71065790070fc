package io.luodi.core.project;

import io.luodi.core.organisation.OrganisationKind;

/** A member's role in one project. */
public enum ProjectRole {
    PROJECT_MANAGER(OrganisationKind.IMPLEMENTER),
    CONSULTANT(OrganisationKind.IMPLEMENTER),
    CUSTOMER_SPONSOR(OrganisationKind.CUSTOMER),
    CUSTOMER_KEY_USER(OrganisationKind.CUSTOMER);

    private final OrganisationKind side;

    ProjectRole(OrganisationKind side) {
        this.side = side;
    }

    /** Which side of the project a member with this role is on. */
    public OrganisationKind side() {
        return side;
    }
}
