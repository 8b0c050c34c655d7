package org.gridwatch.identity.web;

import jakarta.validation.Valid;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.shared.RejectedInput;
import org.gridwatch.shared.web.RejectedInputs;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.gridwatch.identity.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every signed-in user changes their own password here. */
@Controller
@RequestMapping("/account/password")
class OwnPasswordController {

    private static final String FORM = "identity/changePassword";

    private final AccountManagement accounts;

    OwnPasswordController(AccountManagement accounts) {
        this.accounts = accounts;
    }

    /** Whether the user is here because their password was given to them (an initial password, a reset). */
    @ModelAttribute("forced")
    boolean forced(@AuthenticationPrincipal SignedInUser user) {
        return user != null && user.passwordChangeRequired();
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("passwordForm", new PasswordForm());
        return FORM;
    }

    @PostMapping
    String change(@AuthenticationPrincipal SignedInUser user, @Valid PasswordForm form, BindingResult errors,
            RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("newPassword") && !form.confirmed()) {
            errors.rejectValue("confirmPassword", "password.mismatch");
        }
        if (errors.hasErrors()) {
            return FORM;
        }
        try {
            accounts.changeOwnPassword(user.getUsername(), form.getCurrentPassword(), form.getNewPassword());
        } catch (RejectedInput e) {
            RejectedInputs.show(e, errors);
            return FORM;
        }
        redirect.addFlashAttribute("flash", "password.changed");
        return "redirect:/";
    }
}
