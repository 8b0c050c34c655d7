package org.gridwatch.rating;

import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/** A record that breaks a rule: its kind, id and title, the moment that matters, and the link to its page. */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
public record Breach(RatingRule rule, long recordId, String title, Instant at) {

    public String link() {
        return rule.kind().detailPath(recordId);
    }
}
