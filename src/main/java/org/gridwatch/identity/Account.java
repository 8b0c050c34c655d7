package org.gridwatch.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

@Entity
@Audited
class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    private String displayName;

    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private Long scopeAreaId;

    private boolean enabled = true;

    private Instant createdAt;

    private Instant updatedAt;

    private Instant lastSignInAt;

    /** Set when someone else chose the password (an initial password, a reset); cleared by the user's own change. */
    private boolean passwordChangeRequired;

    @Version
    private long version;

    protected Account() {
    }

    Account(String username, String displayName, String passwordHash, Set<Role> roles, Long scopeAreaId, Instant now) {
        this.username = normalize(username);
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.scopeAreaId = scopeAreaId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Usernames are case-insensitive: stored and looked up in lower case. */
    static String normalize(String username) {
        return username == null ? null : username.trim().toLowerCase(Locale.ROOT);
    }

    void change(String displayName, Set<Role> roles, Long scopeAreaId, boolean enabled, Instant now) {
        this.displayName = displayName;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.scopeAreaId = scopeAreaId;
        this.enabled = enabled;
        this.updatedAt = now;
    }

    /** {@code chosenByOthers}: the new password was given to the user, who must replace it at the next sign-in. */
    void changePassword(String passwordHash, boolean chosenByOthers, Instant now) {
        this.passwordHash = passwordHash;
        this.passwordChangeRequired = chosenByOthers;
        this.updatedAt = now;
    }

    void disable(Instant now) {
        this.enabled = false;
        this.updatedAt = now;
    }

    /** The principal of a session of this account, without its password hash. */
    SignedInUser signedInUser() {
        return new SignedInUser(id, username, displayName, roles, scopeAreaId, enabled, null, passwordChangeRequired);
    }

    AccountView view() {
        return new AccountView(id, username, displayName, Set.copyOf(roles), scopeAreaId, enabled, createdAt,
                updatedAt, lastSignInAt, passwordChangeRequired, version);
    }

    Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    Set<Role> getRoles() {
        return roles;
    }

    Long getScopeAreaId() {
        return scopeAreaId;
    }

    boolean isEnabled() {
        return enabled;
    }

    boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    long getVersion() {
        return version;
    }
}
