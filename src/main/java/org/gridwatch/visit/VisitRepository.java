package org.gridwatch.visit;

import java.util.Optional;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface VisitRepository extends JpaRepository<Visit, Long> {

    @Query(value = """
            select v.* from visit v
            where v.id = :id and v.grid_id in (select a.id from area a where a.path like :prefix || '%')
            """, nativeQuery = true)
    Optional<Visit> findWithin(long id, String prefix);

    /** The next records by id after the position (replays read in pages, never all at once). */
    Window<Visit> findFirst500ByOrderByIdAsc(ScrollPosition position);
}
