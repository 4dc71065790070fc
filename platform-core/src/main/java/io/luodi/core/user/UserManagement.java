package io.luodi.core.user;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.NotFoundException;
import io.luodi.core.audit.AuditAction;
import io.luodi.core.audit.AuditLog;
import io.luodi.core.organisation.Organisation;
import io.luodi.core.organisation.OrganisationManagement;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Users and their passwords. Callers check that the actor is an administrator or the user themselves. */
@Service
@Transactional(readOnly = true)
public class UserManagement {

    public static final int MIN_PASSWORD_LENGTH = 8;

    private final UserRepository users;
    private final OrganisationManagement organisations;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;

    UserManagement(UserRepository users, OrganisationManagement organisations, PasswordEncoder passwordEncoder,
                   AuditLog audit) {
        this.users = users;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
    }

    public List<UserAccount> all() {
        return users.findAllByOrderByUsernameAsc();
    }

    public List<UserAccount> activeMembersOf(long organisationId) {
        return users.findByOrganisationIdAndEnabledTrueOrderByDisplayNameAsc(organisationId);
    }

    public UserAccount get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("user " + id));
    }

    /** Users by id in one query, for pages that list several (a project's team). */
    public Map<Long, UserAccount> byIds(Collection<Long> ids) {
        return users.findAllById(ids).stream().collect(Collectors.toMap(UserAccount::getId, Function.identity()));
    }

    public Optional<UserAccount> find(long id) {
        return users.findById(id);
    }

    public Optional<UserAccount> findByUsername(String username) {
        return users.findByUsername(username);
    }

    public boolean anyUserExists() {
        return users.count() > 0;
    }

    @Transactional
    public UserAccount create(NewUser user) {
        if (users.existsByUsername(user.username())) {
            throw BusinessRuleException.onField("username", "user.username.taken", user.username());
        }
        requireStrongEnough(user.initialPassword(), "initialPassword");
        requireMatchingOrganisation(user.role(), user.organisationId());
        UserAccount account = users.save(new UserAccount(user.username().trim(), user.displayName().trim(),
                blankToNull(user.email()), passwordEncoder.encode(user.initialPassword()), user.role(),
                user.organisationId(), true));
        audit.record(AuditAction.CREATE, "user", account.getId(), null, account.getUsername() + " " + account.getRole());
        return account;
    }

    /** Creates a user whose password is final (demo data, a configured first administrator). */
    @Transactional
    public UserAccount createWithFinalPassword(NewUser user) {
        UserAccount account = create(user);
        account.assignPassword(account.getPasswordHash(), false);
        return account;
    }

    @Transactional
    public void update(long id, UserChanges changes) {
        UserAccount account = get(id);
        requireMatchingOrganisation(changes.role(), changes.organisationId());
        account.update(changes.displayName().trim(), blankToNull(changes.email()), changes.role(),
                changes.organisationId(), changes.enabled());
        audit.record(AuditAction.UPDATE, "user", id, null,
                account.getUsername() + " " + account.getRole() + (account.isEnabled() ? "" : " disabled"));
    }

    /** An administrator sets a temporary password; the user must replace it at next login. */
    @Transactional
    public void resetPassword(long id, String temporaryPassword) {
        requireStrongEnough(temporaryPassword, "password");
        UserAccount account = get(id);
        account.assignPassword(passwordEncoder.encode(temporaryPassword), true);
        audit.record(AuditAction.UPDATE, "user", id, null, account.getUsername() + " password reset");
    }

    /** A user changes their own password, proving they know the current one. */
    @Transactional
    public void changeOwnPassword(long userId, String currentPassword, String newPassword) {
        UserAccount account = get(userId);
        if (!passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw BusinessRuleException.onField("currentPassword", "password.current.wrong");
        }
        requireStrongEnough(newPassword, "newPassword");
        if (passwordEncoder.matches(newPassword, account.getPasswordHash())) {
            throw BusinessRuleException.onField("newPassword", "password.unchanged");
        }
        account.assignPassword(passwordEncoder.encode(newPassword), false);
        audit.record(AuditAction.UPDATE, "user", userId, null, account.getUsername() + " changed own password");
    }

    private static void requireStrongEnough(String password, String field) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH || password.isBlank()) {
            throw BusinessRuleException.onField(field, "password.too.short", MIN_PASSWORD_LENGTH);
        }
    }

    private void requireMatchingOrganisation(Role role, long organisationId) {
        Organisation organisation = organisations.get(organisationId);
        if (organisation.getKind() != role.organisationKind()) {
            throw BusinessRuleException.onField("organisationId", "user.role.organisation.mismatch");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
