package org.gridwatch.area;

import org.springframework.modulith.NamedInterface;

/** What kind of community a COMMUNITY area is: 社区, 街道 or 村屯. */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
public enum CommunityKind {
    COMMUNITY, STREET, VILLAGE
}
