package org.gridwatch.identity;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.gridwatch.BadInputCorpus;
import org.gridwatch.IntegrationTest;
import org.gridwatch.TestTerritory;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AccountFormsBadInputTests {

    @Autowired MockMvc mvc;
    @Autowired AccountManagement accounts;
    @Autowired JdbcClient jdbc;

    final SignedInUser admin = new SignedInUser(1, "admin", "系统管理员", Set.of(Role.ADMIN), null, true, "");

    @Test
    void theAccountFormsSurviveTheBadInputCorpus() throws Exception {
        String scope = String.valueOf(TestTerritory.create(jdbc).stationA);
        BadInputCorpus.attack(mvc, admin, "/admin/accounts", Map.of(
                "username", "corpus-" + UUID.randomUUID().toString().substring(0, 8),
                "displayName", "Corpus", "password", "corpus-password-1", "roles", "OFFICER",
                "scopeAreaId", scope));
        AccountView target = accounts.open(new NewAccount("corpus-" + UUID.randomUUID().toString().substring(0, 8),
                "Target", "target-password-1", Set.of(Role.OFFICER), Long.valueOf(scope)));
        BadInputCorpus.attack(mvc, admin, "/admin/accounts/" + target.id(), Map.of(
                "username", target.username(), "displayName", "Target", "roles", "OFFICER",
                "enabled", "true", "version", "0", "scopeAreaId", scope));
        BadInputCorpus.attack(mvc, admin, "/admin/accounts/" + target.id() + "/password", Map.of(
                "newPassword", "new-password-1", "confirmPassword", "new-password-1"));
    }
}
