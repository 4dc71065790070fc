package io.luodi.core.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

@Entity
@Table(name = "app_user")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    private String displayName;

    private String email;

    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    private Long organisationId;

    private boolean enabled = true;

    private boolean passwordChangeRequired;

    @Column(insertable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected UserAccount() {
    }

    UserAccount(String username, String displayName, String email, String passwordHash, Role role,
                long organisationId, boolean passwordChangeRequired) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.role = role;
        this.organisationId = organisationId;
        this.passwordChangeRequired = passwordChangeRequired;
    }

    void update(String displayName, String email, Role role, long organisationId, boolean enabled) {
        this.displayName = displayName;
        this.email = email;
        this.role = role;
        this.organisationId = organisationId;
        this.enabled = enabled;
    }

    /** A password set by someone else (an administrator, the installer) must be replaced at next login. */
    void assignPassword(String passwordHash, boolean changeRequired) {
        this.passwordHash = passwordHash;
        this.passwordChangeRequired = changeRequired;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
