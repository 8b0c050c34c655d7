package org.gridwatch.place;

/** One member of a patrol team: a name and a phone. */
public record TeamMemberEntry(String name, String phone) {
}
