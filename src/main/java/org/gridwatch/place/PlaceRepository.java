package org.gridwatch.place;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlaceRepository extends JpaRepository<Place, Long> {

    @Query(value = """
            select p.* from place p
            where p.id = :id and p.grid_id in (select a.id from area a where a.path like :prefix || '%')
            """, nativeQuery = true)
    Optional<Place> findWithin(long id, String prefix);

    String MATCHING = """
            from place p
            where p.grid_id in (select a.id from area a where a.path like :prefix || '%' and a.path like :within || '%')
              and (cast(:kind as varchar) is null or p.kind = cast(:kind as varchar))
              and (:text = '' or p.name ilike :text or p.address ilike :text)
            """;

    /** {@code within} narrows the scope {@code prefix} to a subtree; {@code text} is a LIKE pattern or empty. */
    @Query(value = "select p.* " + MATCHING + """
            order by case when :sort = 'kind' then p.kind end,
                     case when :sort = 'updated' then p.updated_at end desc,
                     p.name, p.id
            limit :limit offset :offset
            """, nativeQuery = true)
    List<Place> search(String prefix, String within, String kind, String text, String sort, int limit, long offset);

    /** How many places {@link #search} finds, counted no further than {@code max}. */
    @Query(value = "select count(*) from (select 1 " + MATCHING + " limit :max) bounded", nativeQuery = true)
    long countUpTo(String prefix, String within, String kind, String text, int max);

    @Query(value = """
            select p.kind, count(*) from place p
            where p.grid_id in (select a.id from area a where a.path like :prefix || '%')
            group by p.kind
            """, nativeQuery = true)
    List<Object[]> countByKind(String prefix);

    @Query(value = """
            select p.* from place p
            where p.grid_id = :gridId and p.grid_id in (select a.id from area a where a.path like :prefix || '%')
              and (cast(:kind as varchar) is null or p.kind = cast(:kind as varchar))
            order by p.name, p.id
            """, nativeQuery = true)
    List<Place> findInGrid(long gridId, String kind, String prefix);

    /**
     * Places with a visit target whose latest visit (the visit module's {@code visit} table) is older than the
     * target, or that were never visited: never visited first, then the longest overdue.
     */
    @Query(value = """
            select p.* from place p
            left join lateral (select max(v.occurred_at) as last_at from visit v where v.place_id = p.id) lv on true
            where p.visit_every_days is not null
              and p.grid_id in (select a.id from area a where a.path like :prefix || '%' and a.retired_at is null)
              and (:allGrids or p.grid_id in (:gridIds))
              and (lv.last_at is null or lv.last_at + p.visit_every_days * interval '1 day' < :now)
            order by lv.last_at is not null, lv.last_at + p.visit_every_days * interval '1 day', p.name, p.id
            limit :limit
            """, nativeQuery = true)
    List<Place> findOverdueForVisit(String prefix, boolean allGrids, List<Long> gridIds, Instant now, int limit);
}
