package org.gridwatch.fieldwork;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The campaigns (专项行动) a field record may be tagged with. Declared here and implemented by the campaign
 * module, so the recording modules offer and check campaigns without depending on it.
 */
public interface CampaignCatalog {

    /**
     * The campaigns running on {@code day} that cover {@code gridId}; when the grid is not known yet, those
     * running on the day that cover any part of the scope (areas under {@code scopePrefix}, or above it).
     */
    List<CampaignOption> open(String scopePrefix, Long gridId, LocalDate day);

    /** Whether a record of the grid on the day may carry the campaign (the day in its period, the grid in its areas). */
    boolean accepts(long campaignId, long gridId, LocalDate day);

    /**
     * One campaign as an option, whatever its period, if it reaches into the scope (to keep a record's current
     * tag on its form); an id from a request naming a campaign the user cannot see finds nothing.
     */
    Optional<CampaignOption> find(long campaignId, String scopePrefix);
}
