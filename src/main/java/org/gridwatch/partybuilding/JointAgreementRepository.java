package org.gridwatch.partybuilding;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface JointAgreementRepository extends JpaRepository<JointAgreement, Long> {

    /** An agreement is in scope when one of its branches is. */
    @Query(value = """
            select g.* from party_agreement g
            where g.id = :id and exists (
                select 1 from party_agreement_branch gb join party_branch b on b.id = gb.branch_id
                where gb.agreement_id = g.id
                  and b.scope_area_id in (select a.id from area a where a.path like :prefix || '%'))
            """, nativeQuery = true)
    Optional<JointAgreement> findWithin(long id, String prefix);

    /**
     * Agreements with a branch under {@code within} (inside the scope {@code prefix}), of a status as of
     * {@code today} (null: any), newest signing first.
     */
    @Query(value = """
            select g.* from party_agreement g
            where exists (
                select 1 from party_agreement_branch gb join party_branch b on b.id = gb.branch_id
                where gb.agreement_id = g.id
                  and b.scope_area_id in (select a.id from area a
                                          where a.path like :prefix || '%' and a.path like :within || '%'))
              and (cast(:status as varchar) is null
                   or cast(:status as varchar) = case when g.status = 'ENDED' or g.valid_to < :today
                                                      then 'ENDED' else 'ACTIVE' end)
              and (cast(:branchId as bigint) is null or exists (
                select 1 from party_agreement_branch x where x.agreement_id = g.id and x.branch_id = cast(:branchId as bigint)))
            order by g.signed_on desc, g.id desc
            """, countQuery = """
            select count(*) from party_agreement g
            where exists (
                select 1 from party_agreement_branch gb join party_branch b on b.id = gb.branch_id
                where gb.agreement_id = g.id
                  and b.scope_area_id in (select a.id from area a
                                          where a.path like :prefix || '%' and a.path like :within || '%'))
              and (cast(:status as varchar) is null
                   or cast(:status as varchar) = case when g.status = 'ENDED' or g.valid_to < :today
                                                      then 'ENDED' else 'ACTIVE' end)
              and (cast(:branchId as bigint) is null or exists (
                select 1 from party_agreement_branch x where x.agreement_id = g.id and x.branch_id = cast(:branchId as bigint)))
            """, nativeQuery = true)
    Page<JointAgreement> search(String prefix, String within, String status, LocalDate today, Long branchId,
            Pageable pageable);

    @Query(value = """
            select g.* from party_agreement g
            where exists (
                select 1 from party_agreement_branch gb join party_branch b on b.id = gb.branch_id
                where gb.agreement_id = g.id
                  and b.scope_area_id in (select a.id from area a where a.path like :prefix || '%'))
            order by g.signed_on desc, g.id desc
            """, nativeQuery = true)
    List<JointAgreement> findAllWithin(String prefix);
}
