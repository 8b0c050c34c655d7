package org.gridwatch.hazard.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.gridwatch.hazard.HazardRefusedException;
import org.gridwatch.shared.web.StaleEditException;
import org.gridwatch.shared.web.QueryParams;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The 409 page of the hazard pages, saying why in the user's language: a transition the state or the user does
 * not allow, or a case someone else moved meanwhile (the version the form was shown with is gone). Links back
 * to the hazard so its current state can be seen.
 */
@ControllerAdvice(assignableTypes = {HazardController.class, HazardTransitionController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class HazardRefusals {

    @ExceptionHandler(HazardRefusedException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String refused(HazardRefusedException e, HttpServletRequest request, Model model) {
        model.addAttribute("reasonKey", e.messageKey());
        Object[] args = e.args();
        model.addAttribute("reasonArg", args.length > 0 ? String.valueOf(args[0]) : null);
        return page(request, model);
    }

    @ExceptionHandler({StaleEditException.class, ObjectOptimisticLockingFailureException.class})
    @ResponseStatus(HttpStatus.CONFLICT)
    String movedMeanwhile(HttpServletRequest request, Model model) {
        model.addAttribute("reasonKey", "hazard.refused.stale");
        return page(request, model);
    }

    private static String page(HttpServletRequest request, Model model) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables instanceof Map<?, ?> map && map.get("id") instanceof String id) {
            model.addAttribute("hazardId", QueryParams.longOrNull(id));
        }
        return "hazard/refused";
    }
}
