package org.gridwatch.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.gridwatch.identity.AccountHolders;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.identity.AccountView;
import org.gridwatch.identity.Role;
import org.gridwatch.identity.ScopeAreas;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.shared.RejectedInput;
import org.gridwatch.shared.web.RejectedInputs;
import org.gridwatch.shared.web.StaleEditException;
import org.gridwatch.shared.web.StaleEdits;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Account administration: list, open, edit, reset password. Only ADMIN reaches {@code /admin/**}. */
@Controller
@RequestMapping("/admin/accounts")
class AccountAdminController {

    private static final String FORM = "identity/accountForm";
    private static final int PAGE_SIZE = 20;

    private final AccountManagement accounts;
    private final ScopeAreas scopeAreas;
    private final AccountHolders holders;

    AccountAdminController(AccountManagement accounts, ScopeAreas scopeAreas, AccountHolders holders) {
        this.accounts = accounts;
        this.scopeAreas = scopeAreas;
        this.holders = holders;
    }

    @ModelAttribute("allRoles")
    Role[] allRoles() {
        return Role.values();
    }

    @ModelAttribute("scopeChoices")
    List<ScopeAreas.ScopeArea> scopeChoices(@AuthenticationPrincipal SignedInUser admin) {
        return scopeAreas.choicesFor(admin);
    }

    private String scope(SignedInUser admin) {
        return scopeAreas.pathPrefixOf(admin);
    }

    /** The chosen scope is required and must lie within the administrator's own (the facade checks it again). */
    private void checkScope(AccountForm form, SignedInUser admin, BindingResult errors) {
        if (errors.hasFieldErrors("scopeAreaId")) {
            return;
        }
        try {
            accounts.checkScopeGrantable(form.getScopeAreaId(), admin);
        } catch (RejectedInput e) {
            RejectedInputs.show(e, errors);
        }
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser admin, @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int page, Model model) {
        PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("username"));
        org.springframework.data.domain.Page<AccountView> found = accounts.search(scope(admin), q, request);
        model.addAttribute("accounts", found);
        model.addAttribute("holders", holders.of(found.map(AccountView::id).getContent()));
        model.addAttribute("scopeAreas", scopeAreas);
        model.addAttribute("q", q);
        return "identity/accountList";
    }

    @GetMapping("/new")
    String newAccount(Model model) {
        model.addAttribute("account", new AccountForm());
        return FORM;
    }

    @PostMapping
    String open(@AuthenticationPrincipal SignedInUser admin, @Valid @ModelAttribute("account") AccountForm form,
            BindingResult errors, RedirectAttributes redirect) {
        checkScope(form, admin, errors);
        if (!errors.hasFieldErrors("password")) {
            try {
                accounts.checkPassword(form.getUsername(), form.getPassword());
            } catch (RejectedInput e) {
                RejectedInputs.show(e, errors);
            }
        }
        if (errors.hasErrors()) {
            return FORM;
        }
        try {
            AccountView opened = accounts.open(form.toNewAccount(), admin);
            redirect.addFlashAttribute("flash", "account.opened");
            return "redirect:/admin/accounts/" + opened.id();
        } catch (RejectedInput e) {
            RejectedInputs.show(e, errors);
        }
        return FORM;
    }

    @GetMapping("/{id}")
    String edit(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id, Model model) {
        model.addAttribute("account", AccountForm.of(accounts.get(id, scope(admin))));
        return FORM;
    }

    @PostMapping("/{id}")
    String change(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id,
            @Valid @ModelAttribute("account") AccountForm form, BindingResult errors,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        AccountView current = accounts.get(id, scope(admin));
        form.setId(id);
        boolean keepsNoScope = form.getScopeAreaId() == null && current.scopeAreaId() == null;
        if (!keepsNoScope) {
            checkScope(form, admin, errors);
        }
        if (errors.hasErrors()) {
            return FORM;
        }
        try {
            accounts.change(id, form.toChanges(), admin);
        } catch (RejectedInput e) {
            RejectedInputs.show(e, errors);
            return FORM;
        } catch (StaleEditException e) {
            return StaleEdits.showConflict(FORM, model, response);
        }
        redirect.addFlashAttribute("flash", "account.saved");
        return "redirect:/admin/accounts/" + id;
    }

    @GetMapping("/{id}/password")
    String resetPasswordForm(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id, Model model) {
        model.addAttribute("target", accounts.get(id, scope(admin)));
        model.addAttribute("passwordForm", new PasswordForm());
        return "identity/resetPassword";
    }

    @PostMapping("/{id}/password")
    String resetPassword(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id,
            @Valid PasswordForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        AccountView target = accounts.get(id, scope(admin));
        if (!errors.hasFieldErrors("newPassword") && !form.confirmed()) {
            errors.rejectValue("confirmPassword", "password.mismatch");
        }
        if (!errors.hasErrors()) {
            try {
                accounts.resetPassword(id, form.getNewPassword());
                redirect.addFlashAttribute("flash", "password.reset");
                return "redirect:/admin/accounts/" + id;
            } catch (RejectedInput e) {
                RejectedInputs.show(e, errors);
            }
        }
        model.addAttribute("target", target);
        return "identity/resetPassword";
    }
}
