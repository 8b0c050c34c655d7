package org.gridwatch.patrol;

import java.util.Optional;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PatrolRepository extends JpaRepository<Patrol, Long> {

    /** A patrol whose home grid lies in the scope. */
    @Query(value = """
            select p.* from patrol p
            where p.id = :id and p.grid_id in (select a.id from area a where a.path like :prefix || '%')
            """, nativeQuery = true)
    Optional<Patrol> findWithin(long id, String prefix);

    /** The next records by id after the position (replays read in pages, never all at once). */
    Window<Patrol> findFirst500ByOrderByIdAsc(ScrollPosition position);
}
