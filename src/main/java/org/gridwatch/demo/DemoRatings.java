package org.gridwatch.demo;

import java.time.YearMonth;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.area.AreaSummary;
import org.gridwatch.area.AreaType;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.identity.AccountView;
import org.gridwatch.rating.ConfirmOutcome;
import org.gridwatch.rating.Ratings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One confirmed month of the "三零" rating: station.chief has confirmed June 2026 for 临河派出所, so the demo shows a
 * frozen month beside live ones (July to September stay open for a supervisor to confirm).
 */
@Component
@Order(95)
class DemoRatings implements DemoRecords {

    private static final Logger log = LoggerFactory.getLogger(DemoRatings.class);
    static final YearMonth CONFIRMED_MONTH = YearMonth.of(2026, 6);

    private final Ratings ratings;
    private final AreaDirectory areas;
    private final AccountManagement accounts;

    DemoRatings(Ratings ratings, AreaDirectory areas, AccountManagement accounts) {
        this.ratings = ratings;
        this.areas = areas;
        this.accounts = accounts;
    }

    @Override
    public void load() {
        AreaSummary linhe = areas.liveWithin(AreaScope.everything(), AreaType.STATION).stream()
                .filter(a -> a.name().equals("临河派出所")).findFirst().orElse(null);
        AccountView chief = accounts.findByUsername("station.chief").orElse(null);
        if (linhe == null || chief == null) {
            return;
        }
        ConfirmOutcome outcome = ratings.confirm(linhe.id(), CONFIRMED_MONTH, AreaScope.everything(), chief.id(),
                chief.displayName());
        log.info("Demo 三零 rating of {} for {}: {}", linhe.name(), CONFIRMED_MONTH, outcome);
    }
}
