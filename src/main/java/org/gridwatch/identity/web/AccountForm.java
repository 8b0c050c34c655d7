package org.gridwatch.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import org.gridwatch.identity.AccountChanges;
import org.gridwatch.identity.AccountView;
import org.gridwatch.identity.NewAccount;
import org.gridwatch.identity.Role;

/** The account form, for both opening and editing (the password is asked only when opening). */
class AccountForm {

    private Long id;

    @NotBlank
    @Size(max = 60)
    @Pattern(regexp = "[A-Za-z0-9._-]*")
    private String username;

    @NotBlank
    @Size(max = 100)
    private String displayName;

    private String password;

    @NotEmpty
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Positive
    private Long scopeAreaId;

    private boolean enabled = true;

    private long version;

    static AccountForm of(AccountView account) {
        AccountForm form = new AccountForm();
        form.id = account.id();
        form.username = account.username();
        form.displayName = account.displayName();
        form.roles = account.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.roles());
        form.scopeAreaId = account.scopeAreaId();
        form.enabled = account.enabled();
        form.version = account.version();
        return form;
    }

    NewAccount toNewAccount() {
        return new NewAccount(username, displayName, password, roles, scopeAreaId);
    }

    AccountChanges toChanges() {
        return new AccountChanges(version, displayName, roles, scopeAreaId, enabled);
    }

    public boolean isCreating() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    /** An empty or unreadable choice arrives as a null element: it is no role. */
    public void setRoles(Set<Role> roles) {
        this.roles = EnumSet.noneOf(Role.class);
        if (roles != null) {
            roles.stream().filter(java.util.Objects::nonNull).forEach(this.roles::add);
        }
    }

    public Long getScopeAreaId() {
        return scopeAreaId;
    }

    public void setScopeAreaId(Long scopeAreaId) {
        this.scopeAreaId = scopeAreaId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
