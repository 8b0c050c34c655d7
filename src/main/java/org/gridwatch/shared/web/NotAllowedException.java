package org.gridwatch.shared.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A state change that the record's current state does not allow (answered with the 409 page). */
@ResponseStatus(HttpStatus.CONFLICT)
public class NotAllowedException extends RuntimeException {

    public NotAllowedException(String message) {
        super(message);
    }
}
