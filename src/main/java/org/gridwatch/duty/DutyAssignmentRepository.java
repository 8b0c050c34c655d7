package org.gridwatch.duty;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DutyAssignmentRepository extends JpaRepository<DutyAssignment, Long> {

    /** The person's assignments that have begun by {@code day} (that day included) and are still open on it. */
    @Query("""
            select a from DutyAssignment a
            where a.personId = :personId and a.validFrom <= :day and (a.validTo is null or a.validTo >= :day)
            order by a.gridId, a.role
            """)
    List<DutyAssignment> findOpenOn(long personId, LocalDate day);
}
