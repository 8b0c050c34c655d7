package org.gridwatch.tip;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TipRepository extends JpaRepository<Tip, Long> {

    String MATCHING = """
            from tip t
            where t.grid_id in (select a.id from area a where a.path like :prefix || '%')
              and t.occurred_at >= :from and t.occurred_at < :to
              and (cast(:category as varchar) is null or t.category = cast(:category as varchar))
              and (cast(:status as varchar) is null or t.status = cast(:status as varchar))
              and (cast(:person as bigint) is null
                   or exists (select 1 from tip_person p where p.tip_id = t.id and p.person_id = cast(:person as bigint)))
              and (cast(:campaign as bigint) is null or t.campaign_id = cast(:campaign as bigint))
            """;

    String ORDER = """
            order by case when :sort = 'oldest' then t.occurred_at end,
                     case when :sort = 'status' then case t.status when 'RECEIVED' then 0 when 'VERIFIED' then 1
                                                     when 'HANDED_OVER' then 2 else 3 end end,
                     case when :sort = 'category' then t.category end,
                     t.occurred_at desc, t.id desc
            """;

    @Query(value = """
            select t.* from tip t
            where t.id = :id and t.grid_id in (select a.id from area a where a.path like :prefix || '%')
            """, nativeQuery = true)
    Optional<Tip> findWithin(long id, String prefix);

    @Query(value = "select t.* " + MATCHING + ORDER + " limit :limit offset :offset", nativeQuery = true)
    List<Tip> search(String prefix, Instant from, Instant to, String category, String status, Long person,
            Long campaign, String sort, int limit, long offset);

    /** How many tips of one status match, counted no further than {@code max}: the status tabs' figures. */
    @Query(value = """
            select count(*) from (select 1 from tip t
                where t.grid_id in (select a.id from area a where a.path like :prefix || '%')
                  and t.occurred_at >= :from and t.occurred_at < :to and t.status = :status
                  and (cast(:category as varchar) is null or t.category = cast(:category as varchar))
                  and (cast(:person as bigint) is null or exists (select 1 from tip_person p
                        where p.tip_id = t.id and p.person_id = cast(:person as bigint)))
                  and (cast(:campaign as bigint) is null or t.campaign_id = cast(:campaign as bigint))
                limit :max) bounded
            """, nativeQuery = true)
    long countWithStatusUpTo(String prefix, Instant from, Instant to, String status, String category, Long person,
            Long campaign, int max);

    /** How many tips match, counted no further than {@code max}. */
    @Query(value = "select count(*) from (select 1 " + MATCHING + " limit :max) bounded", nativeQuery = true)
    long countUpTo(String prefix, Instant from, Instant to, String category, String status, Long person,
            Long campaign, int max);

    @Query(value = "select t.* " + MATCHING + ORDER + " limit :limit", nativeQuery = true)
    List<Tip> searchAll(String prefix, Instant from, Instant to, String category, String status, Long person,
            Long campaign, String sort, int limit);

    /** The next records by id after the position (replays read in pages, never all at once). */
    Window<Tip> findFirst500ByOrderByIdAsc(ScrollPosition position);
}
