package org.gridwatch.duty;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface GridLinkRepository extends JpaRepository<GridLink, Long> {

    Optional<GridLink> findByGridId(long gridId);
}
