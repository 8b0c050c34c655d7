package org.gridwatch.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;

/** Shows a form again after a stale edit: same view, the user's input kept, status 409. */
public final class StaleEdits {

    private StaleEdits() {
    }

    public static String showConflict(String formView, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("staleEdit", true);
        return formView;
    }
}
