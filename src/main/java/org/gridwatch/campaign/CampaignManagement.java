package org.gridwatch.campaign;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.area.AreaSummary;
import org.gridwatch.shared.RejectedInput;
import org.gridwatch.shared.web.RecordNotFoundException;
import org.gridwatch.shared.web.StaleEditException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and changes campaigns; pages call it with the caller's scope (every covered area must lie in it). */
@Service
@Transactional
public class CampaignManagement {

    /** Longest period a campaign may have, in days. */
    public static final int MAX_DAYS = 366;
    public static final int MAX_AMOUNT = 100_000;

    private final CampaignRepository campaigns;
    private final AreaDirectory areas;
    private final Clock clock;

    CampaignManagement(CampaignRepository campaigns, AreaDirectory areas, Clock clock) {
        this.campaigns = campaigns;
        this.areas = areas;
        this.clock = clock;
    }

    /**
     * Creates a campaign and returns its id. Throws {@link RejectedInput} when the period is reversed
     * or too long, an area is not a live area of the scope or lies inside another chosen one, or a kind has two
     * targets.
     */
    public long create(CampaignData data, Long accountId, AreaScope scope) {
        check(data, scope);
        return campaigns.saveAndFlush(new Campaign(data, accountId, clock.instant())).getId();
    }

    /**
     * Changes a campaign all of whose areas lie in the scope (a 404 otherwise). Throws {@link StaleEditException}
     * when {@code version} is not the current one, {@link RejectedInput} as for {@link #create}.
     */
    public void change(long id, long version, CampaignData data, AreaScope scope) {
        Campaign campaign = campaigns.findOwnedWithin(id, scope.pathPrefix())
                .orElseThrow(() -> new RecordNotFoundException("Campaign", id));
        if (campaign.getVersion() != version) {
            throw new StaleEditException("Campaign", id);
        }
        check(data, scope);
        campaign.change(data, clock.instant());
        campaigns.saveAndFlush(campaign);
    }

    private void check(CampaignData data, AreaScope scope) {
        if (data.name() == null || data.name().isBlank()) {
            throw new RejectedInput("name", "NotBlank");
        }
        if (data.startsOn() == null || data.endsOn() == null) {
            throw new RejectedInput(data.startsOn() == null ? "startsOn" : "endsOn", "NotNull");
        }
        if (data.endsOn().isBefore(data.startsOn())) {
            throw new RejectedInput("endsOn", "campaign.period.reversed");
        }
        if (data.endsOn().toEpochDay() - data.startsOn().toEpochDay() + 1 > MAX_DAYS) {
            throw new RejectedInput("endsOn", "campaign.period.tooLong");
        }
        if (data.areaIds().isEmpty()) {
            throw new RejectedInput("areaIds", "campaign.areas.required");
        }
        List<AreaSummary> chosen = data.areaIds().stream().map(id -> areas.find(id, scope)
                .filter(a -> !a.retired())
                .orElseThrow(() -> new RejectedInput("areaIds", "campaign.areas.invalid"))).toList();
        for (AreaSummary a : chosen) {
            for (AreaSummary b : chosen) {
                if (a.id() != b.id() && b.path().startsWith(a.path())) {
                    throw new RejectedInput("areaIds", "campaign.areas.nested");
                }
            }
        }
        Set<TargetKind> kinds = new HashSet<>();
        for (TargetData target : data.targets()) {
            if (target.kind() == null || target.unit() == null) {
                throw new RejectedInput("targets", "campaign.targets.incomplete");
            }
            if (target.amount() <= 0 || target.amount() > MAX_AMOUNT) {
                throw new RejectedInput("targets", "campaign.targets.amount");
            }
            if (!kinds.add(target.kind())) {
                throw new RejectedInput("targets", "campaign.targets.duplicate");
            }
        }
    }
}
