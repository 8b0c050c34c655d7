package org.gridwatch.identity.web;

import org.gridwatch.shared.startup.DataLoading;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    private final DataLoading loading;

    LoginController(DataLoading loading) {
        this.loading = loading;
    }

    /** The sign-in form; while start-up data loads, says so with its progress (the page then refreshes itself). */
    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("loading", loading.running().orElse(null));
        return "identity/login";
    }
}
