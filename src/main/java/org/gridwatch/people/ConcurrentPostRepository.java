package org.gridwatch.people;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConcurrentPostRepository extends JpaRepository<ConcurrentPost, Long> {

    List<ConcurrentPost> findByPersonIdOrderByFromDateDesc(long personId);

    Optional<ConcurrentPost> findByIdAndPersonId(long id, long personId);
}
