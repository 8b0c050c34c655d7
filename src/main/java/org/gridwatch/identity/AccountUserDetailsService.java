package org.gridwatch.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByUsername(Account.normalize(username))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return new SignedInUser(account.getId(), account.getUsername(), account.getDisplayName(), account.getRoles(),
                account.getScopeAreaId(), account.isEnabled(), account.getPasswordHash(),
                account.isPasswordChangeRequired());
    }
}
