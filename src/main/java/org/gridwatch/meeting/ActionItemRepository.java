package org.gridwatch.meeting;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActionItemRepository extends JpaRepository<ActionItem, Long> {

    /** In scope by its meeting's convening area or by its owner's home area. */
    @Query(value = """
            select i.* from action_item i join joint_meeting m on m.id = i.meeting_id
            where i.id = :id
              and (m.area_id in (select a.id from area a where a.path like :prefix || '%')
                   or i.owner_area_id in (select a.id from area a where a.path like :prefix || '%'))
            """, nativeQuery = true)
    Optional<ActionItem> findWithin(long id, String prefix);
}
