package org.gridwatch.area;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AreaRepository extends JpaRepository<Area, Long> {

    Optional<Area> findByCode(String code);

    @Query("select a from Area a where a.code = :code and a.path like concat(:prefix, '%')")
    Optional<Area> findByCodeWithin(String code, String prefix);

    @Query(value = "select nextval('area_id_seq')", nativeQuery = true)
    long nextId();

    /** Areas of a type within a scope prefix, live ones only, ordered by path (so siblings stay together). */
    @Query("""
            select a from Area a
            where a.path like concat(:prefix, '%') and a.type = :type and a.retiredAt is null
            order by a.path
            """)
    List<Area> findLiveWithin(String prefix, AreaType type);

    @Query("select a from Area a where a.id = :id and a.path like concat(:prefix, '%')")
    Optional<Area> findWithin(long id, String prefix);
}
