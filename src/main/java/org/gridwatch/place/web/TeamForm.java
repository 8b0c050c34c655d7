package org.gridwatch.place.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.gridwatch.place.TeamData;
import org.gridwatch.place.TeamMemberEntry;
import org.gridwatch.place.TeamView;

/**
 * The patrol team form. Members are rows of name and phone; a row whose name is left empty is dropped
 * on saving, and "add rows" sends the form back with more empty rows (no script needed).
 */
class TeamForm {

    static final int BLANK_ROWS = 3;
    static final int MAX_ROWS = 200;

    private Long id;

    @NotBlank
    @Size(max = 100)
    private String name;

    @Size(max = 60)
    private String leadName;

    @Size(max = 30)
    @Pattern(regexp = "[0-9+\\- ]*")
    private String leadPhone;

    @Valid
    @Size(max = MAX_ROWS)
    private List<MemberRow> members = new ArrayList<>();

    private long version;

    static TeamForm blank() {
        TeamForm form = new TeamForm();
        form.addBlankRows();
        return form;
    }

    static TeamForm of(TeamView team) {
        TeamForm form = new TeamForm();
        form.id = team.id();
        form.name = team.name();
        form.leadName = team.leadName();
        form.leadPhone = team.leadPhone();
        for (TeamMemberEntry member : team.members()) {
            form.members.add(new MemberRow(member.name(), member.phone()));
        }
        form.version = team.version();
        form.addBlankRows();
        return form;
    }

    void addBlankRows() {
        for (int i = 0; i < BLANK_ROWS && members.size() < MAX_ROWS; i++) {
            members.add(new MemberRow(null, null));
        }
    }

    TeamData toData() {
        List<TeamMemberEntry> entries = members.stream()
                .filter(m -> m.getName() != null && !m.getName().isBlank())
                .map(m -> new TeamMemberEntry(m.getName(), m.getPhone())).toList();
        return new TeamData(name, leadName, leadPhone, entries);
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

    public String getLeadName() {
        return leadName;
    }

    public void setLeadName(String leadName) {
        this.leadName = leadName;
    }

    public String getLeadPhone() {
        return leadPhone;
    }

    public void setLeadPhone(String leadPhone) {
        this.leadPhone = leadPhone;
    }

    public List<MemberRow> getMembers() {
        return members;
    }

    public void setMembers(List<MemberRow> members) {
        this.members = members;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    /** One member row of the form. */
    public static class MemberRow {

        @Size(max = 60)
        private String name;

        @Size(max = 30)
        @Pattern(regexp = "[0-9+\\- ]*")
        private String phone;

        public MemberRow() {
        }

        MemberRow(String name, String phone) {
            this.name = name;
            this.phone = phone;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }
    }
}
