package org.gridwatch.shared.web;

/**
 * The record was changed by someone else since the user loaded the form. Controllers answer it by
 * showing the form again with the user's input and a conflict notice (HTTP 409).
 */
public class StaleEditException extends RuntimeException {

    public StaleEditException(String what, Object id) {
        super(what + " " + id + " was changed by someone else");
    }
}
