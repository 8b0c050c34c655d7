package org.gridwatch.dispute.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.gridwatch.dispute.DisputeAction;
import org.gridwatch.dispute.DisputeActor;
import org.gridwatch.dispute.DisputeDirectory;
import org.gridwatch.dispute.DisputeManagement;
import org.gridwatch.dispute.DisputeView;
import org.gridwatch.dispute.EscalationLevel;
import org.gridwatch.dispute.ReceivingBody;
import org.gridwatch.fieldwork.Satisfaction;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.shared.RejectedInput;
import org.gridwatch.shared.web.DateDisplay;
import org.gridwatch.shared.web.NotAllowedException;
import org.gridwatch.shared.web.RejectedInputs;
import org.gridwatch.shared.web.StaleEditException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The steps of a dispute: accept, start mediating, sessions, resolve, refer, escalate, close after the call-back,
 * and team changes. Every form carries the version it was loaded with: of two people moving the same dispute at
 * once, one succeeds and the other gets the 409 page, as does anyone whose step the dispute does not allow.
 */
@Controller
@RequestMapping("/disputes/{id}")
class DisputeStepController {

    private static final String STEP = "dispute/step";

    private final DisputeDirectory disputes;
    private final DisputeManagement management;
    private final DateDisplay dates;
    private final Clock clock;

    DisputeStepController(DisputeDirectory disputes, DisputeManagement management, DateDisplay dates, Clock clock) {
        this.disputes = disputes;
        this.management = management;
        this.dates = dates;
        this.clock = clock;
    }

    @PostMapping("/accept")
    String accept(@PathVariable long id, @Valid @ModelAttribute("versionForm") StepForms.VersionForm form,
            BindingResult errors, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        user.requireAny(DisputeAccess.READ);
        management.accept(id, version(id, form, errors), disputes.actor(user));
        return moved(id, "ACCEPTED", redirect);
    }

    @PostMapping("/mediate")
    String mediate(@PathVariable long id, @Valid @ModelAttribute("versionForm") StepForms.VersionForm form,
            BindingResult errors, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        user.requireAny(DisputeAccess.READ);
        management.startMediation(id, version(id, form, errors), disputes.actor(user));
        return moved(id, "MEDIATING", redirect);
    }

    @GetMapping("/sessions/new")
    String newSession(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        DisputeView d = allowed(id, user, DisputeAction.SESSION);
        StepForms.SessionForm form = new StepForms.SessionForm();
        form.setVersion(d.version());
        form.setHeldAt(LocalDateTime.ofInstant(clock.instant(), dates.zone()).truncatedTo(ChronoUnit.MINUTES));
        return page(d, "session", form, model);
    }

    @PostMapping("/sessions")
    String session(@PathVariable long id, @Valid @ModelAttribute("stepForm") StepForms.SessionForm form,
            BindingResult errors, @AuthenticationPrincipal SignedInUser user, Model model,
            RedirectAttributes redirect) {
        DisputeView d = allowed(id, user, DisputeAction.SESSION);
        if (!errors.hasErrors()) {
            try {
                management.recordSession(id, version(id, form, errors), form.toData(), disputes.actor(user));
                return moved(id, "SESSION", redirect);
            } catch (RejectedInput e) {
                RejectedInputs.show(e, errors);
            }
        }
        return page(d, "session", form, model);
    }

    @GetMapping("/resolve")
    String resolveForm(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        DisputeView d = allowed(id, user, DisputeAction.RESOLVE);
        StepForms.ResolveForm form = new StepForms.ResolveForm();
        form.setVersion(d.version());
        return page(d, "resolve", form, model);
    }

    @PostMapping("/resolve")
    String resolve(@PathVariable long id, @Valid @ModelAttribute("stepForm") StepForms.ResolveForm form,
            BindingResult errors, @AuthenticationPrincipal SignedInUser user, Model model,
            RedirectAttributes redirect) {
        DisputeView d = allowed(id, user, DisputeAction.RESOLVE);
        if (errors.hasErrors()) {
            return page(d, "resolve", form, model);
        }
        management.resolve(id, version(id, form, errors), form.toData(), disputes.actor(user));
        return moved(id, "RESOLVED", redirect);
    }

    @GetMapping("/refer")
    String referForm(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        DisputeView d = allowed(id, user, DisputeAction.REFER);
        StepForms.ReferForm form = new StepForms.ReferForm();
        form.setVersion(d.version());
        return page(d, "refer", form, model);
    }

    @PostMapping("/refer")
    String refer(@PathVariable long id, @Valid @ModelAttribute("stepForm") StepForms.ReferForm form,
            BindingResult errors, @AuthenticationPrincipal SignedInUser user, Model model,
            RedirectAttributes redirect) {
        DisputeView d = allowed(id, user, DisputeAction.REFER);
        form.validate(errors);
        if (errors.hasErrors()) {
            return page(d, "refer", form, model);
        }
        management.refer(id, version(id, form, errors), form.toData(), disputes.actor(user));
        return moved(id, "REFERRED", redirect);
    }

    @GetMapping("/escalate")
    String escalateForm(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        DisputeView d = allowed(id, user, DisputeAction.ESCALATE);
        StepForms.EscalateForm form = new StepForms.EscalateForm();
        form.setVersion(d.version());
        return page(d, "escalate", form, model);
    }

    @PostMapping("/escalate")
    String escalate(@PathVariable long id, @Valid @ModelAttribute("stepForm") StepForms.EscalateForm form,
            BindingResult errors, @AuthenticationPrincipal SignedInUser user, Model model,
            RedirectAttributes redirect) {
        DisputeView d = allowed(id, user, DisputeAction.ESCALATE);
        if (errors.hasErrors()) {
            return page(d, "escalate", form, model);
        }
        management.escalate(id, version(id, form, errors), form.toData(), disputes.actor(user));
        return moved(id, "ESCALATED", redirect);
    }

    @GetMapping("/close")
    String closeForm(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        DisputeView d = allowed(id, user, DisputeAction.CLOSE);
        StepForms.CallBackForm form = new StepForms.CallBackForm();
        form.setVersion(d.version());
        form.setCallBackOn(LocalDate.ofInstant(clock.instant(), dates.zone()));
        return page(d, "close", form, model);
    }

    @PostMapping("/close")
    String close(@PathVariable long id, @Valid @ModelAttribute("stepForm") StepForms.CallBackForm form,
            BindingResult errors, @AuthenticationPrincipal SignedInUser user, Model model,
            RedirectAttributes redirect) {
        DisputeView d = allowed(id, user, DisputeAction.CLOSE);
        if (!errors.hasErrors()) {
            try {
                management.close(id, version(id, form, errors), form.toData(), disputes.actor(user));
                return moved(id, "CLOSED", redirect);
            } catch (RejectedInput e) {
                RejectedInputs.show(e, errors);
            }
        }
        return page(d, "close", form, model);
    }

    @PostMapping("/team")
    String addToTeam(@PathVariable long id, @Valid @ModelAttribute("teamForm") StepForms.TeamForm form,
            BindingResult errors, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        user.requireAny(DisputeAccess.READ);
        long version = version(id, form, errors);
        if (errors.hasFieldErrors("personId")) {
            redirect.addFlashAttribute("flashError", "dispute.team.choose");
            return "redirect:/disputes/" + id + "#team";
        }
        try {
            management.addToTeam(id, version, form.getPersonId(), disputes.actor(user));
        } catch (RejectedInput e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            return "redirect:/disputes/" + id + "#team";
        }
        redirect.addFlashAttribute("flash", "dispute.team.added");
        return "redirect:/disputes/" + id + "#team";
    }

    @PostMapping("/team/{personId}/remove")
    String removeFromTeam(@PathVariable long id, @PathVariable long personId,
            @Valid @ModelAttribute("versionForm") StepForms.VersionForm form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        user.requireAny(DisputeAccess.READ);
        management.removeFromTeam(id, version(id, form, errors), personId, disputes.actor(user));
        redirect.addFlashAttribute("flash", "dispute.team.removed");
        return "redirect:/disputes/" + id + "#team";
    }

    /** The dispute, if the user may take {@code action} on it now; else the 409 page (404 when not visible). */
    private DisputeView allowed(long id, SignedInUser user, DisputeAction action) {
        user.requireAny(DisputeAccess.READ);
        DisputeActor actor = disputes.actor(user);
        DisputeView d = disputes.get(id, actor);
        if (!d.actions().contains(action)) {
            throw new NotAllowedException(action + " not allowed on dispute " + id);
        }
        return d;
    }

    /** A form without a readable version cannot be matched against the dispute: it counts as stale. */
    private static long version(long id, StepForms.VersionForm form, BindingResult errors) {
        if (errors.hasFieldErrors("version") || form.getVersion() == null) {
            throw new StaleEditException("Dispute", id);
        }
        return form.getVersion();
    }

    private static String moved(long id, String step, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", "dispute.moved." + step);
        return "redirect:/disputes/" + id;
    }

    private static String page(DisputeView d, String step, Object form, Model model) {
        model.addAttribute("d", d);
        model.addAttribute("step", step);
        model.addAttribute("stepForm", form);
        model.addAttribute("bodies", ReceivingBody.values());
        model.addAttribute("levels", EscalationLevel.values());
        model.addAttribute("satisfactions", Satisfaction.values());
        return STEP;
    }
}
