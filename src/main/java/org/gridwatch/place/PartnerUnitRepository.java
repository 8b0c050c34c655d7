package org.gridwatch.place;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PartnerUnitRepository extends JpaRepository<PartnerUnit, Long> {

    @Query(value = """
            select u.* from partner_unit u
            where u.id = :id and u.home_area_id in (select a.id from area a where a.path like :prefix || '%')
            """, nativeQuery = true)
    Optional<PartnerUnit> findWithin(long id, String prefix);

    /** Units whose home station lies in the scope or which cover a grid of it, by name. */
    @Query(value = """
            select u.* from partner_unit u
            where u.home_area_id in (select a.id from area a where a.path like :prefix || '%')
               or exists (select 1 from partner_unit_grid g join area a on a.id = g.grid_id
                          where g.partner_unit_id = u.id and a.path like :prefix || '%')
            order by u.name, u.id
            """, nativeQuery = true)
    List<PartnerUnit> findServing(String prefix);

    /** Units of the scope whose home station or one of whose grids lies in the {@code within} subtree. */
    @Query(value = """
            select u.* from partner_unit u
            where u.home_area_id in (select a.id from area a where a.path like :prefix || '%')
              and (u.home_area_id in (select a.id from area a where a.path like :within || '%')
                   or exists (select 1 from partner_unit_grid g join area a on a.id = g.grid_id
                              where g.partner_unit_id = u.id and a.path like :within || '%'))
              and (cast(:kind as varchar) is null or u.kind = cast(:kind as varchar))
              and (:text = '' or u.name ilike :text)
            order by u.name, u.id
            """, countQuery = """
            select count(*) from partner_unit u
            where u.home_area_id in (select a.id from area a where a.path like :prefix || '%')
              and (u.home_area_id in (select a.id from area a where a.path like :within || '%')
                   or exists (select 1 from partner_unit_grid g join area a on a.id = g.grid_id
                              where g.partner_unit_id = u.id and a.path like :within || '%'))
              and (cast(:kind as varchar) is null or u.kind = cast(:kind as varchar))
              and (:text = '' or u.name ilike :text)
            """, nativeQuery = true)
    Page<PartnerUnit> search(String prefix, String within, String kind, String text, Pageable pageable);

}
