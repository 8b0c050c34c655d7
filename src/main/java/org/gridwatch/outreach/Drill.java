package org.gridwatch.outreach;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.envers.Audited;

/** A drill (演练) held with partner units: the scenario, our participants and how many of the partners' took part. */
@Entity
@Audited
class Drill extends OutreachRecord {

    private String scenario;

    private int partnerParticipants;

    @ElementCollection
    @CollectionTable(name = "drill_person", joinColumns = @JoinColumn(name = "drill_id"))
    @Column(name = "person_id")
    private Set<Long> personIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "drill_partner", joinColumns = @JoinColumn(name = "drill_id"))
    @Column(name = "partner_unit_id")
    private Set<Long> partnerUnitIds = new HashSet<>();

    protected Drill() {
    }

    Drill(DrillData data, Recorder recorder, Instant now) {
        super(recorder, now);
        change(data, now);
    }

    void change(DrillData data, Instant now) {
        changeFacts(data.facts(), now);
        this.scenario = data.scenario().strip();
        this.partnerParticipants = data.partnerParticipants();
        this.partnerUnitIds.retainAll(data.partnerUnitIds());
        this.partnerUnitIds.addAll(data.partnerUnitIds());
    }

    @Override
    Set<Long> people() {
        return personIds;
    }

    DrillView view() {
        return new DrillView(facts(), partnerUnitIds.stream().sorted().toList(), scenario, partnerParticipants);
    }

    String getScenario() {
        return scenario;
    }
}
