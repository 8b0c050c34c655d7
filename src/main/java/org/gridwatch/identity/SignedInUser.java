package org.gridwatch.identity;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a signed-in session: who it is, what they may do and the area they may see.
 * Stored in the (database-backed) session, so it stays small and serializable.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer {

    /** The UID the class had before it was declared, so sessions stored then still load. */
    private static final long serialVersionUID = 6415336791617260643L;

    private final long accountId;
    private final String username;
    private final String displayName;
    private final Set<Role> roles;
    private final Long scopeAreaId;
    private final boolean enabled;
    private String passwordHash;
    /** Added after sessions were first stored: absent (false) in a session written before, hence the fixed UID. */
    private final boolean passwordChangeRequired;

    SignedInUser(long accountId, String username, String displayName, Set<Role> roles, Long scopeAreaId,
            boolean enabled, String passwordHash) {
        this(accountId, username, displayName, roles, scopeAreaId, enabled, passwordHash, false);
    }

    SignedInUser(long accountId, String username, String displayName, Set<Role> roles, Long scopeAreaId,
            boolean enabled, String passwordHash, boolean passwordChangeRequired) {
        this.accountId = accountId;
        this.username = username;
        this.displayName = displayName;
        this.roles = Set.copyOf(roles);
        this.scopeAreaId = scopeAreaId;
        this.enabled = enabled;
        this.passwordHash = passwordHash;
        this.passwordChangeRequired = passwordChangeRequired;
    }

    /** The password was given to the user (initial or reset): nothing but choosing their own until they do. */
    public boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    public long accountId() {
        return accountId;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /**
     * Whether the user holds one of the roles, for what a page shows or hides; who may call a URL at all is the
     * module's {@link AccessRules}, written with the same sets.
     */
    public boolean hasAny(RoleSet wanted) {
        for (Role role : roles) {
            if (wanted.includes(role)) {
                return true;
            }
        }
        return false;
    }

    /** The root of the area subtree this user may see, or {@code null} when none is assigned yet. */
    public Long scopeAreaId() {
        return scopeAreaId;
    }

    /** For templates: the display name. */
    public String getDisplayName() {
        return displayName;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<SimpleGrantedAuthority> authorities = roles.stream()
                .sorted()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
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
