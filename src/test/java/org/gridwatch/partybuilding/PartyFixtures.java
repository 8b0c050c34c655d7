package org.gridwatch.partybuilding;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.people.PersonKind;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * People for party-building and meeting tests, written straight into the table (the people module has a facade,
 * but its form rules are not what these tests are about). Names carry the caller's suffix: tests share a database.
 */
public final class PartyFixtures {

    private PartyFixtures() {
    }

    public static long person(JdbcClient jdbc, PersonKind kind, String name, long homeAreaId) {
        Timestamp now = Timestamp.from(Instant.now());
        return jdbc.sql("""
                insert into person (kind, name, home_area_id, police_number, post, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?) returning id
                """)
                .params(kind.name(), name, homeAreaId,
                        kind == PersonKind.OFFICER ? "P" + UUID.randomUUID().toString().substring(0, 12) : null,
                        kind == PersonKind.OFFICER ? "社区民警" : null, now, now)
                .query(Long.class).single();
    }

    /** Makes the person the one signed in as {@code user} (their "me"). */
    public static void link(JdbcClient jdbc, long personId, SignedInUser user) {
        jdbc.sql("update person set account_id = ? where id = ?").params(user.accountId(), personId).update();
    }
}
