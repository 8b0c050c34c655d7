package org.gridwatch.identity;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/** On a database with no account, opens {@code admin} so that someone can sign in at all. */
@Component
@Order(0)
class FirstAdminAccount implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdminAccount.class);

    private final AccountManagement accounts;
    private final AdminProperties properties;

    FirstAdminAccount(AccountManagement accounts, AdminProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        boolean configured = StringUtils.hasText(properties.password());
        String password = configured ? properties.password() : randomPassword();
        accounts.openFirstAdmin(new NewAccount("admin", "系统管理员", password, Set.of(Role.ADMIN), null));
        if (configured) {
            log.info("Created the first account 'admin' with the password from GRIDWATCH_ADMIN_PASSWORD.");
        } else {
            // INFO, not WARN: a first start is routine; the banner makes the one-time password easy to find
            log.info("""

                    ==================================================================
                      Created the first account.  username: admin   password: {}
                      This is shown once. Change it after signing in, or start with
                      GRIDWATCH_ADMIN_PASSWORD set to choose it yourself.
                    ==================================================================""", password);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
