package org.gridwatch.dispute;

import java.time.Clock;
import java.time.Instant;
import org.gridwatch.duty.DutyHandedOver;
import org.gridwatch.people.PersonSummary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When duty is handed over, the leaver's places on the teams of open disputes (and the lead, where theirs) pass to
 * the successor, in the handover's own transaction; each dispute's timeline records it.
 */
@Component
class DisputeHandover {

    private final DisputeRepository disputes;
    private final DisputePeople people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DisputeHandover(DisputeRepository disputes, DisputePeople people, ApplicationEventPublisher events,
            Clock clock) {
        this.disputes = disputes;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(DutyHandedOver handover) {
        String successor = people.find(handover.successorPersonId()).map(PersonSummary::name)
                .orElse(String.valueOf(handover.successorPersonId()));
        Instant now = clock.instant();
        for (Dispute dispute : disputes.findOpenWithMember(handover.leaverPersonId())) {
            if (dispute.handOver(handover.leaverPersonId(), handover.successorPersonId(), successor, now)) {
                disputes.saveAndFlush(dispute);
                events.publishEvent(DisputeRecords.saved(dispute));
            }
        }
    }
}
