package io.luodi.core.user;

/**
 * The signed-in user as every layer sees them: enough to decide access without another query. The web layer
 * resolves it for controllers; services take it as an argument rather than reading a thread-local.
 */
public record CurrentUser(long id, String username, String displayName, Role role, long organisationId) {

    public static CurrentUser of(UserAccount account) {
        return new CurrentUser(account.getId(), account.getUsername(), account.getDisplayName(), account.getRole(),
                account.getOrganisationId());
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean isCustomer() {
        return role == Role.CUSTOMER;
    }
}
