package org.gridwatch.campaign;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gridwatch.fieldwork.CampaignCatalog;
import org.gridwatch.fieldwork.CampaignOption;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which campaigns a field record may carry: the record's day in the period, its grid under a covered area. */
@Service
@Transactional(readOnly = true)
class CampaignTagging implements CampaignCatalog {

    private final JdbcClient jdbc;

    CampaignTagging(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CampaignOption> open(String scopePrefix, Long gridId, LocalDate day) {
        if (gridId != null) {
            return jdbc.sql("""
                    select c.id, c.name, c.starts_on, c.ends_on from campaign c
                    where :day between c.starts_on and c.ends_on and exists (
                        select 1 from campaign_area ca join area a on a.id = ca.area_id, area g
                        where ca.campaign_id = c.id and g.id = :grid and g.path like a.path || '%')
                    order by c.starts_on desc, c.id desc
                    """).param("day", Date.valueOf(day)).param("grid", gridId).query(this::option).list();
        }
        return jdbc.sql("""
                select c.id, c.name, c.starts_on, c.ends_on from campaign c
                where :day between c.starts_on and c.ends_on and exists (
                    select 1 from campaign_area ca join area a on a.id = ca.area_id
                    where ca.campaign_id = c.id and (a.path like :scope || '%' or :scope like a.path || '%'))
                order by c.starts_on desc, c.id desc
                """).param("day", Date.valueOf(day)).param("scope", scopePrefix).query(this::option).list();
    }

    @Override
    public boolean accepts(long campaignId, long gridId, LocalDate day) {
        return jdbc.sql("""
                select exists (select 1 from campaign c
                    where c.id = :campaign and :day between c.starts_on and c.ends_on and exists (
                        select 1 from campaign_area ca join area a on a.id = ca.area_id, area g
                        where ca.campaign_id = c.id and g.id = :grid and g.path like a.path || '%'))
                """).param("campaign", campaignId).param("day", Date.valueOf(day)).param("grid", gridId)
                .query(Boolean.class).single();
    }

    @Override
    public Optional<CampaignOption> find(long campaignId, String scopePrefix) {
        return jdbc.sql("""
                select c.id, c.name, c.starts_on, c.ends_on from campaign c
                where c.id = :id and exists (
                    select 1 from campaign_area ca join area a on a.id = ca.area_id
                    where ca.campaign_id = c.id and (a.path like :scope || '%' or :scope like a.path || '%'))
                """).param("id", campaignId).param("scope", scopePrefix).query(this::option).optional();
    }

    private CampaignOption option(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new CampaignOption(rs.getLong(1), rs.getString(2) + " (" + rs.getDate(3).toLocalDate() + " – "
                + rs.getDate(4).toLocalDate() + ")");
    }
}
