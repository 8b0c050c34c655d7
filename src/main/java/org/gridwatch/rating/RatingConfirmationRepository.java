package org.gridwatch.rating;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RatingConfirmationRepository extends JpaRepository<RatingConfirmation, Long> {

    Optional<RatingConfirmation> findByAreaIdAndMonth(long areaId, LocalDate month);
}
