package org.gridwatch.hazard;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface HazardRepository extends JpaRepository<Hazard, Long> {

    @Query(value = """
            select h.* from hazard h
            where h.id = :id and h.grid_id in (select a.id from area a where a.path like :prefix || '%')
            """, nativeQuery = true)
    Optional<Hazard> findWithin(long id, String prefix);

    /** As {@link #findWithin}, holding the row until the transaction ends: concurrent moves of one case queue up. */
    @Query(value = """
            select h.* from hazard h
            where h.id = :id and h.grid_id in (select a.id from area a where a.path like :prefix || '%')
            for update of h
            """, nativeQuery = true)
    Optional<Hazard> lockWithin(long id, String prefix);

    @Query(value = """
            select h.* from hazard h where h.owner_person_id = :personId and h.state <> 'VERIFIED' order by h.id
            for update of h
            """, nativeQuery = true)
    List<Hazard> lockOpenOwnedBy(long personId);

    @Query("select s from HazardStep s where s.hazard.id = :hazardId order by s.id")
    List<HazardStep> steps(long hazardId);

    /** The next records by id after the position (replays read in pages, never all at once). */
    Window<Hazard> findFirst500ByOrderByIdAsc(ScrollPosition position);
}
