package org.gridwatch.campaign;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CampaignRepository extends JpaRepository<Campaign, Long> {

    /**
     * The campaign when every area it covers lies in the scope (who may change it). A campaign that only
     * reaches into the scope is read-only there.
     */
    @Query(value = """
            select c.* from campaign c where c.id = :id and not exists (
                select 1 from campaign_area ca join area a on a.id = ca.area_id
                where ca.campaign_id = c.id and a.path not like :scope || '%')
            """, nativeQuery = true)
    Optional<Campaign> findOwnedWithin(@Param("id") long id, @Param("scope") String scope);
}
