package org.gridwatch.area;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AreaRepository extends JpaRepository<Area, Long> {

    Optional<Area> findByCode(String code);

    @Query("select a from Area a where a.code = :code and a.path like concat(:prefix, '%')")
    Optional<Area> findByCodeWithin(String code, String prefix);

    @Query(value = "select nextval('area_id_seq')", nativeQuery = true)
    long nextId();

    /**
     * Changes whenever any area is created or changed: every change bumps its area's version and updated_at
     * (a move bumps the moved area's, which covers the descendants' rewritten paths); new areas raise the count.
     */
    @Query(value = """
            select count(*) || '.' || coalesce(sum(version), 0) || '.'
                   || coalesce(floor(extract(epoch from max(updated_at)) * 1000)::bigint, 0)
            from area
            """, nativeQuery = true)
    String treeStamp();

    /** {@link #findLiveWithin} as summaries: a branch has thousands of areas, each entity with its boundary. */
    @Query("""
            select new org.gridwatch.area.AreaSummary(a.id, a.code, a.name, a.type, a.parentId, a.path, false)
            from Area a
            where a.path like concat(:prefix, '%') and a.type = :type and a.retiredAt is null
            order by a.path
            """)
    List<AreaSummary> findLiveSummariesWithin(String prefix, AreaType type);

    /** Areas of a type within a scope prefix, live ones only, ordered by path (so siblings stay together). */
    @Query("""
            select a from Area a
            where a.path like concat(:prefix, '%') and a.type = :type and a.retiredAt is null
            order by a.path
            """)
    List<Area> findLiveWithin(String prefix, AreaType type);

    /**
     * id, name and type of the live areas of the given types within a scope prefix, in tree order (parents before
     * children, siblings by id, as {@code AreaDirectory.TREE_ORDER}): the rows of a picker.
     */
    @Query(value = """
            select a.id, a.name, a.type from area a
            where a.path like :prefix || '%' and a.type in (:types) and a.retired_at is null
            order by string_to_array(trim(both '/' from a.path), '/')::bigint[]
            """, nativeQuery = true)
    List<Object[]> liveChoiceRowsWithin(String prefix, java.util.Collection<String> types);


    @Query("select a from Area a where a.id = :id and a.path like concat(:prefix, '%')")
    Optional<Area> findWithin(long id, String prefix);

    /** Summaries, not entities, wherever a page only names areas: an entity carries its boundary. */
    String SUMMARY = "select new org.gridwatch.area.AreaSummary(a.id, a.code, a.name, a.type, a.parentId, a.path, "
            + "case when a.retiredAt is null then false else true end) from Area a ";

    @Query(SUMMARY + "where a.id = :id and a.path like concat(:prefix, '%')")
    Optional<AreaSummary> findSummaryWithin(long id, String prefix);

    @Query(SUMMARY + "where a.id = :id")
    Optional<AreaSummary> findSummary(long id);

    /** The direct children of an area, within the scope prefix, live ones first. */
    @Query(SUMMARY + "where a.parentId = :parentId and a.path like concat(:prefix, '%') "
            + "order by a.retiredAt nulls first, a.code")
    List<AreaSummary> findChildSummariesWithin(long parentId, String prefix);

    /** "社区 › 网格" of a grid and its path, read as two names (no entity, no boundary); none for another id. */
    @Query(value = """
            select coalesce(c.name || ' › ', '') || g.name, g.path from area g left join area c on c.id = g.parent_id
            where g.id = :id and g.type = 'GRID'
            """, nativeQuery = true)
    List<Object[]> gridLabelRows(long id);

    /**
     * Id and label of each area: the names from its station down joined by " › ", or its own name above the
     * stations; its ancestors read by the ids its path lists, so one query labels a whole board.
     */
    @Query(value = """
            select a.id, coalesce((
                       select string_agg(x.name, ' › ' order by length(x.path)) from area x
                       where x.id = any(cast(string_to_array(trim(both '/' from a.path), '/') as bigint[]))
                         and x.type in ('STATION', 'COMMUNITY', 'GRID')), a.name)
            from area a where a.id in (:ids)
            """, nativeQuery = true)
    List<Object[]> labelRows(java.util.Collection<Long> ids);


    /** Live grids within the scope prefix whose boundary's bounding box holds the point: the candidates of a point lookup. */
    @Query("""
            select a from Area a
            where a.type = org.gridwatch.area.AreaType.GRID and a.retiredAt is null and a.boundary is not null
              and a.boundaryWest <= :lon and a.boundaryEast >= :lon
              and a.boundarySouth <= :lat and a.boundaryNorth >= :lat
              and a.path like concat(:prefix, '%')
            """)
    List<Area> findLiveGridsWithBoxHolding(double lat, double lon, String prefix);

    /**
     * Every area in the scope with its count of live children and of live grids anywhere below it, in
     * one pass: each area's path is split into its ancestors' ids and the rows grouped by ancestor.
     * Columns: id, code, name, type, parent_id, path, retired, live_children, live_grids.
     */
    @Query(value = """
            with scoped as (
                select * from area
                where path like :prefix || '%' and (:withRetired or retired_at is null)
            ),
            below as (
                select cast(ancestor as bigint) as ancestor_id,
                       count(*) filter (where d.type = 'GRID' and d.retired_at is null) as live_grids
                from scoped d
                cross join unnest(string_to_array(trim(both '/' from d.path), '/')) as ancestor
                where cast(ancestor as bigint) <> d.id
                group by ancestor
            ),
            children as (
                select parent_id, count(*) filter (where retired_at is null) as live_children
                from scoped group by parent_id
            )
            select a.id, a.code, a.name, a.type, a.parent_id, a.path, a.retired_at is not null as retired,
                   coalesce(c.live_children, 0) as live_children, coalesce(b.live_grids, 0) as live_grids
            from scoped a
            left join below b on b.ancestor_id = a.id
            left join children c on c.parent_id = a.id
            where :withGrids or a.type <> 'GRID'
            order by a.code
            """, nativeQuery = true)
    List<Object[]> treeRowsWithin(String prefix, boolean withRetired, boolean withGrids);

    @Query(value = """
            select count(*) from area
            where path like :prefix || '%' and type = 'GRID' and (:withRetired or retired_at is null)
            """, nativeQuery = true)
    long countGridsWithin(String prefix, boolean withRetired);

    /** Moves a whole subtree: replaces the path prefix of every area below the moved one. */
    @Modifying(flushAutomatically = true)
    @Query(value = """
            update area set path = :newPrefix || substring(path from char_length(:oldPrefix) + 1)
            where path like :oldPrefix || '%' and id <> :movedId
            """, nativeQuery = true)
    int rewriteSubtreePaths(String oldPrefix, String newPrefix, long movedId);
}
