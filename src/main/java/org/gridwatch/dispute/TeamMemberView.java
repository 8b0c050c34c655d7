package org.gridwatch.dispute;

import org.gridwatch.people.MediatorKind;
import org.gridwatch.people.PersonKind;
import org.springframework.modulith.NamedInterface;

/** A member of a dispute's team; {@code responsible} marks the grid's officer the case is assigned to. */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
public record TeamMemberView(long personId, String name, PersonKind kind, MediatorKind mediatorKind,
        boolean responsible) {

    /** Message key of what the person is: e.g. {@code dispute.member.LAWYER} or {@code dispute.member.OFFICER}. */
    public String kindKey() {
        if (mediatorKind != null) {
            return "dispute.member." + mediatorKind.name();
        }
        return "dispute.member." + (kind == null ? "OTHER" : kind.name());
    }
}
