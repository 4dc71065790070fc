package io.luodi.requirements.scope;

import io.luodi.core.project.ProjectAccess;

import java.util.Optional;

/**
 * The two parties to a scope: the implementer (the project's managers and administrators) and the customer (any
 * user of the project's customer organisation). Each baseline and each change request needs one of each.
 */
public enum SignatureSide {
    IMPLEMENTER, CUSTOMER;

    /** The side the user signs and decides for, if any; consultants read but sign for nobody. */
    public static Optional<SignatureSide> of(ProjectAccess access) {
        if (access.user().isCustomer()) {
            return Optional.of(CUSTOMER);
        }
        return access.canManage() ? Optional.of(IMPLEMENTER) : Optional.empty();
    }
}
