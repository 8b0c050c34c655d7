package org.gridwatch.campaign.web;

import org.gridwatch.campaign.CampaignDirectory;
import org.gridwatch.campaign.CampaignState;
import org.gridwatch.shared.web.ListLink;
import org.gridwatch.shared.web.PagedQuery;
import org.gridwatch.shared.web.QueryParams;

/** The campaign list's query parameters, read leniently (a malformed value is no filter). */
record CampaignListQuery(String area, String state, String page) implements PagedQuery {

    Long areaId() {
        return QueryParams.longOrNull(area);
    }

    CampaignState stateFilter() {
        return QueryParams.enumOrNull(CampaignState.class, state);
    }

    CampaignDirectory.Search search() {
        return new CampaignDirectory.Search(areaId(), stateFilter());
    }

    /** The list with these filters (for the pager). */
    String link() {
        return ListLink.to("/campaigns").with("area", areaId()).with("state", stateFilter()).toString();
    }
}
