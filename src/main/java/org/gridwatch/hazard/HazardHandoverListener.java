package org.gridwatch.hazard;

import org.gridwatch.duty.DutyHandedOver;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A duty handover passes the leaver's open hazards to the successor, in the handover's own transaction. */
@Component
class HazardHandoverListener {

    private final HazardManagement hazards;

    HazardHandoverListener(HazardManagement hazards) {
        this.hazards = hazards;
    }

    @EventListener
    void on(DutyHandedOver event) {
        hazards.handOver(event.leaverPersonId(), event.successorPersonId(), event.date());
    }
}
