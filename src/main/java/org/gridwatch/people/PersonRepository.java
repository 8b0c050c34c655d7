package org.gridwatch.people;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends JpaRepository<Person, Long> {

    /** Id and name of each person, for labels: one query for a page, no entities. */
    @Query("select p.id, p.name from Person p where p.id in :ids")
    List<Object[]> nameRows(java.util.Collection<Long> ids);

    /** People whose home area lies within the scope prefix (see {@code AreaScope}). */
    @Query(value = """
            select p.* from person p
            where p.home_area_id in (select a.id from area a where a.path like :prefix || '%')
              and p.id = :id
            """, nativeQuery = true)
    Optional<Person> findWithin(long id, String prefix);

    @Query(value = """
            select p.* from person p
            where p.home_area_id in (select a.id from area a where a.path like :prefix || '%')
              and p.active and (cast(:kind as varchar) is null or p.kind = cast(:kind as varchar))
            order by p.name
            """, nativeQuery = true)
    List<Person> findActiveWithin(String prefix, String kind);

    @Query(value = """
            select count(*) from (select 1 from person p
                where p.home_area_id in (select a.id from area a where a.path like :prefix || '%') and p.active
                limit :max) bounded
            """, nativeQuery = true)
    long countActiveWithin(String prefix, int max);

    Optional<Person> findByAccountId(long accountId);

    List<Person> findByAccountIdIn(java.util.Collection<Long> accountIds);

    Optional<Person> findByPoliceNumber(String policeNumber);

    boolean existsByPoliceNumber(String policeNumber);

    /** {@code within} narrows the scope {@code prefix} to a subtree; {@code text} is a LIKE pattern or empty. */
    @Query(value = """
            select p.* from person p
            where p.home_area_id in (select a.id from area a
                                     where a.path like :prefix || '%' and a.path like :within || '%')
              and (cast(:kind as varchar) is null or p.kind = cast(:kind as varchar))
              and (cast(:active as boolean) is null or p.active = cast(:active as boolean))
              and (:text = '' or p.name ilike :text or p.phone ilike :text or p.police_number ilike :text)
            order by p.name, p.id
            """, countQuery = """
            select count(*) from person p
            where p.home_area_id in (select a.id from area a
                                     where a.path like :prefix || '%' and a.path like :within || '%')
              and (cast(:kind as varchar) is null or p.kind = cast(:kind as varchar))
              and (cast(:active as boolean) is null or p.active = cast(:active as boolean))
              and (:text = '' or p.name ilike :text or p.phone ilike :text or p.police_number ilike :text)
            """, nativeQuery = true)
    Page<Person> search(String prefix, String within, String kind, Boolean active, String text, Pageable pageable);
}
