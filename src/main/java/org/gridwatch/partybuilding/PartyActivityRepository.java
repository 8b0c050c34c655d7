package org.gridwatch.partybuilding;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PartyActivityRepository extends JpaRepository<PartyActivity, Long> {

    /** An activity is in scope when one of its organising branches is. */
    @Query(value = """
            select pa.* from party_activity pa
            where pa.id = :id and exists (
                select 1 from party_activity_branch ab join party_branch b on b.id = ab.branch_id
                where ab.activity_id = pa.id
                  and b.scope_area_id in (select a.id from area a where a.path like :prefix || '%'))
            """, nativeQuery = true)
    Optional<PartyActivity> findWithin(long id, String prefix);

    /** Activities organised by a branch under {@code within} (inside the scope), filtered, newest first. */
    @Query(value = """
            select pa.* from party_activity pa
            where exists (
                select 1 from party_activity_branch ab join party_branch b on b.id = ab.branch_id
                where ab.activity_id = pa.id
                  and b.scope_area_id in (select a.id from area a
                                          where a.path like :prefix || '%' and a.path like :within || '%'))
              and pa.held_on between :from and :to
              and (cast(:kind as varchar) is null or pa.kind = cast(:kind as varchar))
              and (cast(:agreementId as bigint) is null or pa.agreement_id = cast(:agreementId as bigint))
              and (cast(:branchId as bigint) is null or exists (
                select 1 from party_activity_branch x where x.activity_id = pa.id and x.branch_id = cast(:branchId as bigint)))
            order by pa.held_on desc, pa.id desc
            """, countQuery = """
            select count(*) from party_activity pa
            where exists (
                select 1 from party_activity_branch ab join party_branch b on b.id = ab.branch_id
                where ab.activity_id = pa.id
                  and b.scope_area_id in (select a.id from area a
                                          where a.path like :prefix || '%' and a.path like :within || '%'))
              and pa.held_on between :from and :to
              and (cast(:kind as varchar) is null or pa.kind = cast(:kind as varchar))
              and (cast(:agreementId as bigint) is null or pa.agreement_id = cast(:agreementId as bigint))
              and (cast(:branchId as bigint) is null or exists (
                select 1 from party_activity_branch x where x.activity_id = pa.id and x.branch_id = cast(:branchId as bigint)))
            """, nativeQuery = true)
    Page<PartyActivity> search(String prefix, String within, LocalDate from, LocalDate to, String kind,
            Long agreementId, Long branchId, Pageable pageable);

    long countByAgreementId(Long agreementId);
}
