package org.gridwatch.identity;

import java.time.Clock;
import java.util.Optional;
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

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    AccountManagement(AccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** Opens an account; throws {@link UsernameTakenException} or {@link PasswordRejectedException}. */
    public AccountView open(NewAccount request) {
        String username = Account.normalize(request.username());
        PasswordPolicy.check(username, request.password());
        if (accounts.existsByUsername(username)) {
            throw new UsernameTakenException(username);
        }
        try {
            Account account = new Account(username, request.displayName().trim(),
                    passwordEncoder.encode(request.password()), request.roles(), request.scopeAreaId(), clock.instant());
            return accounts.saveAndFlush(account).view();
        } catch (DataIntegrityViolationException raced) {
            throw new UsernameTakenException(username);
        }
    }

    /** Applies an administrator's edit; throws {@link StaleEditException} if the account changed meanwhile. */
    public AccountView change(long id, AccountChanges changes) {
        Account account = load(id);
        if (account.getVersion() != changes.version()) {
            throw new StaleEditException("Account", id);
        }
        account.change(changes.displayName().trim(), changes.roles(), changes.scopeAreaId(), changes.enabled(),
                clock.instant());
        return accounts.saveAndFlush(account).view();
    }

    /** Checks a password against the rules without changing anything, so forms can show every problem at once. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public void checkPassword(String username, String password) {
        PasswordPolicy.check(Account.normalize(username), password);
    }

    /** Sets a new password chosen by an administrator. */
    public void resetPassword(long id, String newPassword) {
        Account account = load(id);
        PasswordPolicy.check(account.getUsername(), newPassword);
        account.changePassword(passwordEncoder.encode(newPassword), clock.instant());
    }

    /** A user's own change: the current password must be right ({@code password.currentWrong} otherwise). */
    public void changeOwnPassword(String username, String currentPassword, String newPassword) {
        Account account = accounts.findByUsername(Account.normalize(username))
                .orElseThrow(() -> new RecordNotFoundException("Account", username));
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new PasswordRejectedException("password.currentWrong");
        }
        PasswordPolicy.check(account.getUsername(), newPassword);
        account.changePassword(passwordEncoder.encode(newPassword), clock.instant());
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

    void recordSignIn(String username) {
        accounts.findByUsername(Account.normalize(username)).ifPresent(a -> a.signedIn(clock.instant()));
    }

    private Account load(long id) {
        return accounts.findById(id).orElseThrow(() -> new RecordNotFoundException("Account", id));
    }
}
