package org.gridwatch.hazard;

import java.util.List;
import org.gridwatch.fieldwork.CaseDue;
import org.gridwatch.fieldwork.Origin;
import org.gridwatch.photo.PhotoView;
import org.springframework.modulith.NamedInterface;

/**
 * A hazard for its detail page: the record, its labels, how it stands against its due date, its timeline, the
 * before- and after-photos, and where it was found (the origin record), if anywhere.
 */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
public record HazardDetails(HazardView hazard, String gridLabel, String placeName, String ownerName, CaseDue due,
        List<HazardStepView> steps, List<PhotoView> before, List<PhotoView> after, Origin origin) {

    /**
     * Why the actor may not re-inspect this hazard's rectification (a message key: an auxiliary, or the person who
     * recorded it), if they may not; empty when they may.
     */
    public java.util.Optional<String> verificationRefusal(HazardActor actor) {
        return Hazard.inspectorRefusal(actor, hazard.rectifiedByAccountId(), hazard.rectifiedByPersonId());
    }

    /** Whether the actor recorded the current rectification (and so may not verify it). */
    public boolean rectificationRecordedBy(HazardActor actor) {
        return hazard.state() == HazardState.RECTIFIED
                && actor.sameAs(hazard.rectifiedByAccountId(), hazard.rectifiedByPersonId());
    }
}
