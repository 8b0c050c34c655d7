package org.gridwatch.rating;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FrozenRatingRepository extends JpaRepository<FrozenRating, Long> {

    @Query("select distinct r from FrozenRating r left join fetch r.rules where r.month = :month and r.communityId in :ids")
    List<FrozenRating> findByMonthAndCommunityIdIn(LocalDate month, Collection<Long> ids);

    Optional<FrozenRating> findByCommunityIdAndMonth(long communityId, LocalDate month);
}
