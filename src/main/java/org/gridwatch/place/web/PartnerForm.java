package org.gridwatch.place.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.Set;
import org.gridwatch.place.PartnerData;
import org.gridwatch.place.PartnerKind;
import org.gridwatch.place.PartnerView;

/** The partner unit form, for creating and editing. */
class PartnerForm {

    private Long id;

    @NotBlank
    @Size(max = 100)
    private String name;

    @NotNull
    private PartnerKind kind;

    @Size(max = 60)
    private String contactName;

    @Size(max = 30)
    @Pattern(regexp = "[0-9+\\- ]*")
    private String contactPhone;

    @NotNull
    private Long homeAreaId;

    private Set<Long> gridIds = new LinkedHashSet<>();

    private long version;

    static PartnerForm of(PartnerView unit) {
        PartnerForm form = new PartnerForm();
        form.id = unit.id();
        form.name = unit.name();
        form.kind = unit.kind();
        form.contactName = unit.contactName();
        form.contactPhone = unit.contactPhone();
        form.homeAreaId = unit.homeAreaId();
        form.gridIds = new LinkedHashSet<>(unit.gridIds());
        form.version = unit.version();
        return form;
    }

    PartnerData toData() {
        return new PartnerData(name, kind, contactName, contactPhone, homeAreaId,
                gridIds == null ? Set.of() : Set.copyOf(gridIds));
    }

    public boolean isCreating() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public PartnerKind getKind() {
        return kind;
    }

    public void setKind(PartnerKind kind) {
        this.kind = kind;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public Long getHomeAreaId() {
        return homeAreaId;
    }

    public void setHomeAreaId(Long homeAreaId) {
        this.homeAreaId = homeAreaId;
    }

    public Set<Long> getGridIds() {
        return gridIds;
    }

    public void setGridIds(Set<Long> gridIds) {
        this.gridIds = gridIds;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
