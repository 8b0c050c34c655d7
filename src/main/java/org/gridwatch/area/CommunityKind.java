package org.gridwatch.area;

/** What kind of community a COMMUNITY area is: 社区, 街道 or 村屯. */
public enum CommunityKind {
    COMMUNITY, STREET, VILLAGE
}
