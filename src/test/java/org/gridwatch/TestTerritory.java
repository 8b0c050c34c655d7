package org.gridwatch;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.identity.NewAccount;
import org.gridwatch.identity.Role;
import org.gridwatch.identity.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Builds a small area tree for a test straight into the {@code area} table (quicker than
 * {@code AreaManagement}, whose rules these tests do not exercise): a branch with two stations, each with a
 * community and two grids, all with unique codes. Also opens accounts scoped to its areas. Duty tests that need
 * stations of a chosen size, people and linked accounts use {@link org.gridwatch.duty.DutyFixtures}.
 */
public final class TestTerritory {

    public final long branch;
    public final long stationA;
    public final long communityA;
    public final long gridA1;
    public final long gridA2;
    public final long stationB;
    public final long communityB;
    public final long gridB1;
    public final long gridB2;
    public final String suffix;

    private final JdbcClient jdbc;

    private TestTerritory(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.suffix = UUID.randomUUID().toString().substring(0, 8);
        long bureau = area("BUREAU", null, "市局");
        branch = area("BRANCH", bureau, "分局");
        stationA = area("STATION", branch, "甲派出所");
        communityA = area("COMMUNITY", stationA, "甲社区");
        gridA1 = area("GRID", communityA, "甲一网格");
        gridA2 = area("GRID", communityA, "甲二网格");
        stationB = area("STATION", branch, "乙派出所");
        communityB = area("COMMUNITY", stationB, "乙社区");
        gridB1 = area("GRID", communityB, "乙一网格");
        gridB2 = area("GRID", communityB, "乙二网格");
    }

    public static TestTerritory create(JdbcClient jdbc) {
        return new TestTerritory(jdbc);
    }

    /** Inserts one area under {@code parentId} (null for a root) and returns its id. */
    public long area(String type, Long parentId, String name) {
        long id = jdbc.sql("select nextval('area_id_seq')").query(Long.class).single();
        String parentPath = parentId == null ? "/"
                : jdbc.sql("select path from area where id = ?").param(parentId).query(String.class).single();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("""
                insert into area (id, code, name, type, parent_id, path, created_at, updated_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, 0)
                """).params(id, "T" + id + "-" + suffix, name, type, parentId, parentPath + id + "/", now, now)
                .update();
        return id;
    }

    public void retire(long areaId) {
        jdbc.sql("update area set retired_at = now() where id = ?").param(areaId).update();
    }

    /** Opens an account with the roles and scope and returns its principal as a session would hold it. */
    public static SignedInUser user(AccountManagement accounts, UserDetailsService users, Long scopeAreaId,
            Role... roles) {
        String username = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        accounts.open(new NewAccount(username, "测试" + username, "test-password-1", Set.of(roles), scopeAreaId));
        return (SignedInUser) users.loadUserByUsername(username);
    }
}
