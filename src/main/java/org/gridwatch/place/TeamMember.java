package org.gridwatch.place;

import jakarta.persistence.Embeddable;

@Embeddable
class TeamMember {

    private String name;

    private String phone;

    protected TeamMember() {
    }

    TeamMember(String name, String phone) {
        this.name = name;
        this.phone = phone;
    }

    TeamMemberEntry entry() {
        return new TeamMemberEntry(name, phone);
    }

    @Override
    public String toString() {
        return phone == null ? name : name + " " + phone;
    }
}
