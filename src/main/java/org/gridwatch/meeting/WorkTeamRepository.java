package org.gridwatch.meeting;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface WorkTeamRepository extends JpaRepository<WorkTeam, Long> {

    @Query(value = """
            select t.* from work_team t
            where t.id = :id and t.area_id in (select a.id from area a where a.path like :prefix || '%')
            """, nativeQuery = true)
    Optional<WorkTeam> findWithin(long id, String prefix);

    @Query(value = """
            select t.* from work_team t
            where t.area_id in (select a.id from area a where a.path like :prefix || '%' and a.path like :within || '%')
            order by t.name, t.id
            """, countQuery = """
            select count(*) from work_team t
            where t.area_id in (select a.id from area a where a.path like :prefix || '%' and a.path like :within || '%')
            """, nativeQuery = true)
    Page<WorkTeam> search(String prefix, String within, Pageable pageable);

    @Query(value = """
            select t.* from work_team t
            where t.area_id in (select a.id from area a where a.path like :prefix || '%')
            order by t.name, t.id
            """, nativeQuery = true)
    List<WorkTeam> findAllWithin(String prefix);
}
