package org.gridwatch.outreach.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.gridwatch.outreach.DrillData;
import org.gridwatch.outreach.DrillView;
import org.gridwatch.outreach.Drills;

/** The drill form, for logging and editing. */
class DrillForm extends OutreachForm {

    @NotEmpty
    @Size(max = 20)
    private List<Long> partnerUnitIds = new ArrayList<>();

    @NotBlank
    @Size(max = 1000)
    private String scenario;

    @NotNull
    @Min(0)
    @Max(Drills.MAX_PARTNER_PARTICIPANTS)
    private Integer partnerParticipants = 0;

    static DrillForm of(DrillView view, ZoneId zone) {
        DrillForm form = new DrillForm();
        form.fill(view.facts(), zone);
        form.partnerUnitIds = new ArrayList<>(view.partnerUnitIds());
        form.scenario = view.scenario();
        form.partnerParticipants = view.partnerParticipants();
        return form;
    }

    DrillData toData(ZoneId zone) {
        return new DrillData(facts(zone), partnerUnitIds, scenario, partnerParticipants);
    }

    public List<Long> getPartnerUnitIds() {
        return partnerUnitIds;
    }

    public void setPartnerUnitIds(List<Long> partnerUnitIds) {
        this.partnerUnitIds = partnerUnitIds == null ? new ArrayList<>() : partnerUnitIds;
    }

    public String getScenario() {
        return scenario;
    }

    public void setScenario(String scenario) {
        this.scenario = scenario;
    }

    public Integer getPartnerParticipants() {
        return partnerParticipants;
    }

    public void setPartnerParticipants(Integer partnerParticipants) {
        this.partnerParticipants = partnerParticipants;
    }
}
