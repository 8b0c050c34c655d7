package org.gridwatch.shared.web;

import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Maps failures that reach the web layer to the translated error pages. Controllers that can keep
 * the user's input handle {@link StaleEditException} themselves; what slips past them lands here.
 */
@ControllerAdvice
class WebErrorHandling {

    @ExceptionHandler({StaleEditException.class, ObjectOptimisticLockingFailureException.class})
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict() {
        return "error/409";
    }

    @ExceptionHandler(NotAllowedException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String notAllowed() {
        return "error/409";
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    @ResponseStatus(HttpStatus.CONTENT_TOO_LARGE)
    String tooLarge() {
        return "error/413";
    }

    @ExceptionHandler(RecordNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }
}
