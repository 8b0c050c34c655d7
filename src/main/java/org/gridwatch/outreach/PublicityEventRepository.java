package org.gridwatch.outreach;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PublicityEventRepository extends JpaRepository<PublicityEvent, Long> {

    @Query(value = """
            select r.* from publicity_event r
            where r.id = :id and r.grid_id in (select a.id from area a where a.path like :prefix || '%')
            """, nativeQuery = true)
    Optional<PublicityEvent> findWithin(long id, String prefix);

    /** The records of a page of ids, with their collections, in one go (callers put them back in order). */
    @EntityGraph(attributePaths = "personIds")
    List<PublicityEvent> findByIdIn(Collection<Long> ids);

    /** The next records by id after the position (replays read in pages, never all at once). */
    Window<PublicityEvent> findFirst500ByOrderByIdAsc(ScrollPosition position);
}
