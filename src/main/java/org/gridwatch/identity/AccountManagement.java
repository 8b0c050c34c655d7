package org.gridwatch.identity;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.gridwatch.shared.RejectedInput;
import org.gridwatch.shared.web.RecordNotFoundException;
import org.gridwatch.shared.web.StaleEditException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens, edits and finds accounts, and changes passwords under {@link PasswordPolicy}. */
@Service
@Transactional
public class AccountManagement {

    /** The field of a refused scope, on the forms that grant one. */
    private static final String SCOPE = "scopeAreaId";

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final ScopeAreas scopeAreas;
    private final AccountSessions sessions;
    private final Clock clock;

    AccountManagement(AccountRepository accounts, PasswordEncoder passwordEncoder, ScopeAreas scopeAreas,
            AccountSessions sessions, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.scopeAreas = scopeAreas;
        this.sessions = sessions;
        this.clock = clock;
    }

    /**
     * An administrator opens an account with a scope inside their own; throws {@link RejectedInput} for the
     * {@code scopeAreaId}, {@code username} or {@code password} of the request.
     */
    public AccountView open(NewAccount request, SignedInUser openedBy) {
        checkRolesGrantable(request.roles(), openedBy);
        checkScopeGrantable(request.scopeAreaId(), openedBy);
        return open(request);
    }

    /**
     * Opens an account with a generated initial password that must be changed at the first sign-in, for someone
     * who may give its roles ({@link #checkRolesGrantable}) and scope ({@link #checkScopeGrantable}); throws
     * {@link RejectedInput} for {@code roles}, {@code scopeAreaId} or {@code username}. The password is returned
     * here once and stored only as its hash.
     */
    public InitialAccount openWithInitialPassword(String username, String displayName, Set<Role> roles,
            Long scopeAreaId, SignedInUser openedBy) {
        checkRolesGrantable(roles, openedBy);
        checkScopeGrantable(scopeAreaId, openedBy);
        String password = InitialPasswords.generate();
        AccountView opened = openAccount(new NewAccount(username, displayName, password, roles, scopeAreaId), true);
        return new InitialAccount(opened, password);
    }

    /**
     * Opens an account for a trusted caller with no one signed in (data loading). A scope is required:
     * only the first administrator, opened on an empty database, has none.
     */
    public AccountView open(NewAccount request) {
        if (request.scopeAreaId() == null) {
            throw new RejectedInput(SCOPE, "account.scopeRequired");
        }
        return openAccount(request);
    }

    /** The first account of an empty database: an administrator of the whole tree (no scope). */
    AccountView openFirstAdmin(NewAccount request) {
        return openAccount(request);
    }

    private AccountView openAccount(NewAccount request) {
        return openAccount(request, false);
    }

    private AccountView openAccount(NewAccount request, boolean initialPassword) {
        String username = Account.normalize(request.username());
        PasswordPolicy.check("password", username, request.password());
        if (accounts.existsByUsername(username)) {
            throw new RejectedInput("username", "account.usernameTaken");
        }
        try {
            Account account = new Account(username, request.displayName().trim(),
                    passwordEncoder.encode(request.password()), request.roles(), request.scopeAreaId(), clock.instant());
            if (initialPassword) {
                account.changePassword(account.getPasswordHash(), true, clock.instant());
            }
            return accounts.saveAndFlush(account).view();
        } catch (DataIntegrityViolationException raced) {
            throw new RejectedInput("username", "account.usernameTaken");
        }
    }

    /**
     * Applies an administrator's edit of an account they can see; throws {@link RejectedInput}
     * for a scope they may not give, {@link StaleEditException} if the account changed meanwhile. Disabling
     * ends the account's sessions; any other change reaches them on their next request.
     */
    public AccountView change(long id, AccountChanges changes, SignedInUser changedBy) {
        Account account = accounts.findWithin(id, scopeAreas.pathPrefixOf(changedBy))
                .orElseThrow(() -> new RecordNotFoundException("Account", id));
        checkRolesGrantable(changes.roles(), changedBy);
        boolean keepsNoScope = changes.scopeAreaId() == null && account.getScopeAreaId() == null;
        if (!keepsNoScope) {
            checkScopeGrantable(changes.scopeAreaId(), changedBy);
        }
        if (account.getVersion() != changes.version()) {
            throw new StaleEditException("Account", id);
        }
        account.change(changes.displayName().trim(), changes.roles(), changes.scopeAreaId(), changes.enabled(),
                clock.instant());
        Account saved = accounts.saveAndFlush(account);
        if (saved.isEnabled()) {
            sessions.refreshAfterCommit(saved.signedInUser());
        } else {
            sessions.endAllAfterCommit(saved.getUsername());
        }
        return saved.view();
    }

    /**
     * Every account has a scope, inside the scope of whoever gives it (so only an administrator of the
     * root may give the root); throws {@link RejectedInput} for {@code scopeAreaId}. Forms call it to show every problem at once.
     */
    @Transactional(readOnly = true)
    public void checkScopeGrantable(Long scopeAreaId, SignedInUser grantedBy) {
        if (scopeAreaId == null) {
            throw new RejectedInput(SCOPE, "account.scopeRequired");
        }
        if (!scopeAreas.mayAssign(grantedBy, scopeAreaId)) {
            throw new RejectedInput(SCOPE, "account.scopeNotAllowed");
        }
    }

    /**
     * The roles someone may give: an administrator any, a supervisor none above their own (no ADMIN), anyone
     * else none. The one place this rule lives; throws {@link RejectedInput} for {@code roles}.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public void checkRolesGrantable(Set<Role> roles, SignedInUser grantedBy) {
        if (!grantableBy(grantedBy).containsAll(roles)) {
            throw new RejectedInput("roles", "account.roleNotAllowed");
        }
    }

    /**
     * Whether someone may give these roles and this scope ({@link #checkRolesGrantable}, {@link #checkScopeGrantable}),
     * as an answer rather than a refusal: for pages that list what they would do before doing it.
     */
    @Transactional(readOnly = true)
    public boolean mayGrant(Set<Role> roles, Long scopeAreaId, SignedInUser grantedBy) {
        return grantableBy(grantedBy).containsAll(roles) && scopeAreaId != null
                && scopeAreas.mayAssign(grantedBy, scopeAreaId);
    }

    /** See {@link #checkRolesGrantable}. */
    public static Set<Role> grantableBy(SignedInUser grantedBy) {
        if (grantedBy.has(Role.ADMIN)) {
            return EnumSet.allOf(Role.class);
        }
        if (grantedBy.has(Role.SUPERVISOR)) {
            return EnumSet.of(Role.SUPERVISOR, Role.OFFICER, Role.AUXILIARY, Role.MEDIATOR);
        }
        return EnumSet.noneOf(Role.class);
    }

    /** Whether a username is in use (any case). */
    @Transactional(readOnly = true)
    public boolean usernameTaken(String username) {
        return accounts.existsByUsername(Account.normalize(username));
    }

    /**
     * Disables the account of someone who left (their handover), and ends its sessions on every instance once
     * committed. Returns whether it was enabled.
     */
    public boolean disableLeaver(long id) {
        Account account = load(id);
        if (!account.isEnabled()) {
            return false;
        }
        account.disable(clock.instant());
        accounts.saveAndFlush(account);
        sessions.endAllAfterCommit(account.getUsername());
        return true;
    }

    /** Checks a password against the rules without changing anything, so forms can show every problem at once. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public void checkPassword(String username, String password) {
        PasswordPolicy.check("password", Account.normalize(username), password);
    }

    /**
     * Sets a new password chosen by an administrator, which the user must replace at the next sign-in, and ends
     * every session of the account.
     */
    public void resetPassword(long id, String newPassword) {
        Account account = load(id);
        PasswordPolicy.check("newPassword", account.getUsername(), newPassword);
        account.changePassword(passwordEncoder.encode(newPassword), true, clock.instant());
        sessions.endAllAfterCommit(account.getUsername());
    }

    /**
     * A user's own change: the current password must be right ({@code password.currentWrong} otherwise).
     * Every other session of the account ends; the one making the change stays signed in, no longer asked to
     * change it. The new password must differ from the current one ({@code password.unchanged}).
     */
    public void changeOwnPassword(String username, String currentPassword, String newPassword) {
        Account account = accounts.findByUsername(Account.normalize(username))
                .orElseThrow(() -> new RecordNotFoundException("Account", username));
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new RejectedInput("currentPassword", "password.currentWrong");
        }
        PasswordPolicy.check("newPassword", account.getUsername(), newPassword);
        if (newPassword.equals(currentPassword)) {
            throw new RejectedInput("newPassword", "password.unchanged");
        }
        account.changePassword(passwordEncoder.encode(newPassword), false, clock.instant());
        sessions.endOthersAfterCommit(account.getUsername());
        sessions.replaceInCurrentAfterCommit(account.signedInUser());
    }

    @Transactional(readOnly = true)
    public AccountView get(long id) {
        return load(id).view();
    }

    @Transactional(readOnly = true)
    public Optional<AccountView> findByUsername(String username) {
        return accounts.findByUsername(Account.normalize(username)).map(Account::view);
    }

    /** Accounts scoped inside the administrator's scope ({@link ScopeAreas#pathPrefixOf}), by username or name. */
    @Transactional(readOnly = true)
    public Page<AccountView> search(String scopePrefix, String query, Pageable pageable) {
        return accounts.search(scopePrefix, query == null ? "" : query.trim(), pageable).map(Account::view);
    }

    /** One account scoped inside the administrator's scope, or a 404 for them. */
    @Transactional(readOnly = true)
    public AccountView get(long id, String scopePrefix) {
        return accounts.findWithin(id, scopePrefix).map(Account::view)
                .orElseThrow(() -> new RecordNotFoundException("Account", id));
    }

    @Transactional(readOnly = true)
    public long count() {
        return accounts.count();
    }

    /**
     * Stamps the last sign-in with one UPDATE that neither checks nor bumps the version: simultaneous
     * sign-ins of one account must all succeed, and an administrator's open edit form stays current.
     */
    void recordSignIn(String username) {
        accounts.stampSignIn(Account.normalize(username), clock.instant());
    }

    private Account load(long id) {
        return accounts.findById(id).orElseThrow(() -> new RecordNotFoundException("Account", id));
    }
}
