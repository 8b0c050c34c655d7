package org.gridwatch.partybuilding;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PioneerPostRepository extends JpaRepository<PioneerPost, Long> {

    /** A post is in scope when its grid is. */
    @Query(value = """
            select p.* from party_pioneer_post p
            where p.id = :id and p.grid_id in (select a.id from area a where a.path like :prefix || '%')
            """, nativeQuery = true)
    Optional<PioneerPost> findWithin(long id, String prefix);

    @Query(value = """
            select p.* from party_pioneer_post p
            where p.grid_id = :gridId and p.valid_from <= :today and (p.valid_to is null or p.valid_to >= :today)
            order by p.kind, p.valid_from, p.id
            """, nativeQuery = true)
    List<PioneerPost> findCurrentInGrid(long gridId, LocalDate today);

    /** The posts of these people in grids of the scope, latest first. */
    @Query(value = """
            select p.* from party_pioneer_post p
            where p.person_id in (:personIds)
              and p.grid_id in (select a.id from area a where a.path like :prefix || '%')
            order by p.valid_from desc, p.id desc
            """, nativeQuery = true)
    List<PioneerPost> findOfPeople(Collection<Long> personIds, String prefix);
}
