package org.gridwatch.place;

import java.util.List;

/** A patrol team as entered: name, lead and members in order. */
public record TeamData(String name, String leadName, String leadPhone, List<TeamMemberEntry> members) {
}
