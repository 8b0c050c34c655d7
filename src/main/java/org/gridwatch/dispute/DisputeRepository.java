package org.gridwatch.dispute;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DisputeRepository extends JpaRepository<Dispute, Long> {

    /**
     * One dispute whose grid lies under the scope's prefix; for a team-only reader (a mediator, {@code teamPerson}
     * not null) only if that person is on its team.
     */
    @Query(value = """
            select d.* from dispute d
            where d.id = :id and d.grid_id in (select a.id from area a where a.path like :prefix || '%')
              and (cast(:teamPerson as bigint) is null or exists (select 1 from dispute_team_member t
                    where t.dispute_id = d.id and t.person_id = cast(:teamPerson as bigint)))
            """, nativeQuery = true)
    Optional<Dispute> findVisible(long id, String prefix, Long teamPerson);

    /** Open disputes with the person on their team, whatever the scope (a handover follows the person). */
    @Query(value = """
            select d.* from dispute d
            where d.state in ('REPORTED', 'ACCEPTED', 'MEDIATING', 'RESOLVED', 'REFERRED')
              and exists (select 1 from dispute_team_member t where t.dispute_id = d.id and t.person_id = :personId)
            order by d.id
            """, nativeQuery = true)
    List<Dispute> findOpenWithMember(long personId);

    /** The next records by id after the position (replays read in pages, never all at once). */
    Window<Dispute> findFirst500ByOrderByIdAsc(ScrollPosition position);
}
