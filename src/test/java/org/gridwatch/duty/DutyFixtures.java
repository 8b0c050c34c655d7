package org.gridwatch.duty;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.gridwatch.area.AreaType;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.identity.NewAccount;
import org.gridwatch.identity.Role;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.people.PersonKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Writes stations with grids, people and accounts for duty (and dispute) tests straight into the tables: quicker
 * than {@code AreaManagement} and {@code PeopleManagement}, whose rules these tests do not exercise. For a
 * ready-made two-station tree see {@link org.gridwatch.TestTerritory}. Every code and username carries a random
 * suffix: tests share one database.
 */
public class DutyFixtures {

    public static final String PASSWORD = "duty-test-password";

    private final JdbcClient jdbc;
    private final AccountManagement accounts;
    private final UserDetailsService users;
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    public DutyFixtures(JdbcClient jdbc, AccountManagement accounts, UserDetailsService users) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.users = users;
    }

    /** A new area of a type under a parent (null for a BUREAU); returns its id. */
    public long area(AreaType type, Long parentId, String name) {
        long id = jdbc.sql("select nextval('area_id_seq')").query(Long.class).single();
        String parentPath = parentId == null ? "/"
                : jdbc.sql("select path from area where id = ?").param(parentId).query(String.class).single();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("""
                insert into area (id, code, name, type, community_kind, parent_id, path, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(id, type.name().toLowerCase() + "-" + id + "-" + suffix, name, type.name(),
                        type == AreaType.COMMUNITY ? "COMMUNITY" : null, parentId, parentPath + id + "/", now, now)
                .update();
        return id;
    }

    /** A branch with one station, one community and {@code grids} grids under a fresh bureau. */
    public Station station(String name, int grids) {
        long bureau = area(AreaType.BUREAU, null, "市局" + suffix);
        long branch = area(AreaType.BRANCH, bureau, "分局" + suffix);
        return station(branch, name, grids);
    }

    public Station station(long branch, String name, int grids) {
        long station = area(AreaType.STATION, branch, name + "派出所");
        long community = area(AreaType.COMMUNITY, station, name + "社区");
        long[] ids = new long[grids];
        for (int i = 0; i < grids; i++) {
            ids[i] = area(AreaType.GRID, community, name + "社区" + (i + 1) + "网格");
        }
        return new Station(branch, station, community, ids);
    }

    public long person(PersonKind kind, String name, long homeAreaId) {
        Timestamp now = Timestamp.from(Instant.now());
        return jdbc.sql("""
                insert into person (kind, name, home_area_id, police_number, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?) returning id
                """)
                .params(kind.name(), name, homeAreaId,
                        kind == PersonKind.OFFICER ? "P" + UUID.randomUUID().toString().substring(0, 12) : null,
                        now, now)
                .query(Long.class).single();
    }

    /** Opens an account with the roles and scope and returns the signed-in principal for MockMvc. */
    public SignedInUser user(String name, Long scopeAreaId, Role... roles) {
        String username = name + "-" + suffix;
        accounts.open(new NewAccount(username, name, PASSWORD, Set.of(roles), scopeAreaId));
        return (SignedInUser) users.loadUserByUsername(username);
    }

    /** Links a person to an account. */
    public void link(long personId, SignedInUser user) {
        jdbc.sql("update person set account_id = ? where id = ?").params(user.accountId(), personId).update();
    }

    public String suffix() {
        return suffix;
    }

    public record Station(long branch, long station, long community, long[] grids) {
    }
}
