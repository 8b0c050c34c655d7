package org.gridwatch.hazard;

import org.gridwatch.shared.web.NotAllowedException;
import org.springframework.modulith.NamedInterface;

/**
 * A transition the hazard's state or the actor does not allow (answered with a 409 page); the message key and
 * arguments say why in the user's language.
 */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
public class HazardRefusedException extends NotAllowedException {

    private final String messageKey;
    private final transient Object[] args;

    public HazardRefusedException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
