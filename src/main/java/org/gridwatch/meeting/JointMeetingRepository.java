package org.gridwatch.meeting;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface JointMeetingRepository extends JpaRepository<JointMeeting, Long> {

    /** In scope by its convening area, or by the home area of an action item's owner. */
    @Query(value = """
            select m.* from joint_meeting m
            where m.id = :id
              and (m.area_id in (select a.id from area a where a.path like :prefix || '%')
                   or exists (select 1 from action_item i
                              where i.meeting_id = m.id
                                and i.owner_area_id in (select a.id from area a where a.path like :prefix || '%')))
            """, nativeQuery = true)
    Optional<JointMeeting> findWithin(long id, String prefix);

    /** Only by its convening area: the meetings a supervisor of the scope may change. */
    @Query(value = """
            select m.* from joint_meeting m
            where m.id = :id and m.area_id in (select a.id from area a where a.path like :prefix || '%')
            """, nativeQuery = true)
    Optional<JointMeeting> findConvenedWithin(long id, String prefix);
}
