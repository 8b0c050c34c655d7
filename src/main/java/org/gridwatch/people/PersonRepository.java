package org.gridwatch.people;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends JpaRepository<Person, Long> {

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

    Optional<Person> findByAccountId(long accountId);
}
