package io.luodi.web.security;

import io.luodi.core.user.CurrentUser;
import io.luodi.core.user.UserAccount;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.Collection;
import java.util.List;

/** The security principal: a {@link CurrentUser} plus what Spring Security needs to check a password. */
public final class AccountUserDetails implements UserDetails, CredentialsContainer {

    private final CurrentUser currentUser;
    private final boolean enabled;
    private final boolean passwordChangeRequired;
    private String passwordHash;

    AccountUserDetails(UserAccount account) {
        this.currentUser = CurrentUser.of(account);
        this.passwordHash = account.getPasswordHash();
        this.enabled = account.isEnabled();
        this.passwordChangeRequired = account.isPasswordChangeRequired();
    }

    /** Whether this principal still says what the stored account says (role, organisation, name, flags). */
    boolean matches(AccountUserDetails stored) {
        return currentUser.equals(stored.currentUser) && enabled == stored.enabled
                && passwordChangeRequired == stored.passwordChangeRequired;
    }

    public CurrentUser currentUser() {
        return currentUser;
    }

    public String getDisplayName() {
        return currentUser.displayName();
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + currentUser.role().name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return currentUser.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
