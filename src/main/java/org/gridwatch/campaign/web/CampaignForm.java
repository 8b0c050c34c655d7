package org.gridwatch.campaign.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gridwatch.campaign.CampaignData;
import org.gridwatch.campaign.CampaignManagement;
import org.gridwatch.campaign.CampaignView;
import org.gridwatch.campaign.TargetData;
import org.gridwatch.campaign.TargetKind;
import org.gridwatch.campaign.TargetUnit;
import org.gridwatch.shared.web.QueryParams;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** The campaign form: name, period, covered areas, target rows (blank rows ignored), description. */
public class CampaignForm {

    /** Target rows a form shows at least (blank ones are spare). */
    static final int ROWS = 4;
    static final int MAX_TARGETS = TargetKind.values().length;

    private Long id;
    private long version;
    private String submissionKey;

    @NotBlank
    @Size(max = 100)
    private String name;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;

    private List<Long> areaIds = new ArrayList<>();

    @Valid
    private List<TargetRow> targets = new ArrayList<>();

    @Size(max = 2000)
    private String description;

    static CampaignForm fresh(String submissionKey) {
        CampaignForm form = new CampaignForm();
        form.submissionKey = submissionKey;
        form.spareRows();
        return form;
    }

    static CampaignForm of(CampaignView c) {
        CampaignForm form = new CampaignForm();
        form.id = c.id();
        form.version = c.version();
        form.name = c.name();
        form.startsOn = c.startsOn();
        form.endsOn = c.endsOn();
        form.areaIds = new ArrayList<>(c.areaIds());
        for (TargetData t : c.targets()) {
            TargetRow row = new TargetRow();
            row.setKind(t.kind().name());
            row.setAmount(t.amount());
            row.setUnit(t.unit().name());
            form.targets.add(row);
        }
        form.description = c.description();
        form.spareRows();
        return form;
    }

    /** Pads the target rows with blank ones up to {@link #ROWS} (at least one blank row). */
    void spareRows() {
        targets.removeIf(row -> row == null);
        while (targets.size() < ROWS || !targets.get(targets.size() - 1).blank()) {
            targets.add(new TargetRow());
            if (targets.size() >= MAX_TARGETS + 1) {
                break;
            }
        }
    }

    /** Field errors Bean Validation cannot express: unknown kinds or units, incomplete rows, too many rows. */
    void validate(Errors errors) {
        int filled = 0;
        for (int i = 0; i < targets.size(); i++) {
            TargetRow row = targets.get(i);
            if (row == null || row.blank()) {
                continue;
            }
            filled++;
            String path = "targets[" + i + "].";
            if (QueryParams.enumOrNull(TargetKind.class, row.getKind()) == null) {
                errors.rejectValue(path + "kind", "campaign.targets.kind");
            }
            if (QueryParams.enumOrNull(TargetUnit.class, row.getUnit()) == null) {
                errors.rejectValue(path + "unit", "campaign.targets.unit");
            }
            if (row.getAmount() == null && !errors.hasFieldErrors(path + "amount")) {
                errors.rejectValue(path + "amount", "NotNull");
            }
        }
        if (filled > MAX_TARGETS) {
            errors.rejectValue("targets", "campaign.targets.duplicate");
        }
        if (areaIds.stream().anyMatch(a -> a == null)) {
            errors.rejectValue("areaIds", "campaign.areas.invalid");
        }
    }

    CampaignData toData() {
        List<TargetData> data = targets.stream().filter(row -> row != null && !row.blank())
                .map(row -> new TargetData(TargetKind.valueOf(row.getKind()), row.getAmount(),
                        TargetUnit.valueOf(row.getUnit())))
                .toList();
        return new CampaignData(name, startsOn, endsOn, areaIds, data, description);
    }

    public boolean isCreating() {
        return id == null;
    }

    /** One target row of the form. */
    public static class TargetRow {

        private String kind;

        @Min(1)
        @Max(CampaignManagement.MAX_AMOUNT)
        private Integer amount;

        private String unit;

        boolean blank() {
            return (kind == null || kind.isBlank()) && amount == null;
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public Integer getAmount() {
            return amount;
        }

        public void setAmount(Integer amount) {
            this.amount = amount;
        }

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit;
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getSubmissionKey() {
        return submissionKey;
    }

    public void setSubmissionKey(String submissionKey) {
        this.submissionKey = submissionKey;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public List<Long> getAreaIds() {
        return areaIds;
    }

    public void setAreaIds(List<Long> areaIds) {
        this.areaIds = areaIds == null ? new ArrayList<>() : areaIds;
    }

    public List<TargetRow> getTargets() {
        return targets;
    }

    public void setTargets(List<TargetRow> targets) {
        this.targets = targets == null ? new ArrayList<>() : targets;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
