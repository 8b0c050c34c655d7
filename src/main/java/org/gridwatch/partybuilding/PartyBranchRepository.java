package org.gridwatch.partybuilding;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PartyBranchRepository extends JpaRepository<PartyBranch, Long> {

    @Query(value = """
            select b.* from party_branch b
            where b.id = :id and b.scope_area_id in (select a.id from area a where a.path like :prefix || '%')
            """, nativeQuery = true)
    Optional<PartyBranch> findWithin(long id, String prefix);

    @Query(value = """
            select b.* from party_branch b
            where b.scope_area_id in (select a.id from area a where a.path like :prefix || '%')
            order by b.name, b.id
            """, nativeQuery = true)
    List<PartyBranch> findAllWithin(String prefix);

    /** The branches of these people other than {@code exceptBranchId}: person id and branch name. */
    @Query(value = """
            select m.person_id, b.name from party_branch_member m join party_branch b on b.id = m.branch_id
            where m.person_id in (:personIds) and b.id <> :exceptBranchId
            order by m.person_id
            """, nativeQuery = true)
    List<Object[]> membershipsElsewhere(Collection<Long> personIds, long exceptBranchId);

    /** Person id → branch id and name, for the people asked about who are members of a branch. */
    @Query(value = """
            select m.person_id, b.id, b.name from party_branch_member m join party_branch b on b.id = m.branch_id
            where m.person_id in (:personIds)
            """, nativeQuery = true)
    List<Object[]> memberships(Collection<Long> personIds);
}
