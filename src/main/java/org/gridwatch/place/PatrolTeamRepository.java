package org.gridwatch.place;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PatrolTeamRepository extends JpaRepository<PatrolTeam, Long> {

    List<PatrolTeam> findByPartnerUnitIdOrderByName(long partnerUnitId);

    Optional<PatrolTeam> findByIdAndPartnerUnitId(long id, long partnerUnitId);
}
