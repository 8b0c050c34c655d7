package org.gridwatch.dispute.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.function.LongConsumer;
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
        management.accept(id, version(id, form, errors), disputes.actor(user));
        return moved(id, "ACCEPTED", redirect);
    }

    @PostMapping("/mediate")
    String mediate(@PathVariable long id, @Valid @ModelAttribute("versionForm") StepForms.VersionForm form,
            BindingResult errors, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        management.startMediation(id, version(id, form, errors), disputes.actor(user));
        return moved(id, "MEDIATING", redirect);
    }

    @GetMapping("/sessions/new")
    String newSession(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        DisputeView d = allowed(id, user, DisputeAction.SESSION);
        StepForms.SessionForm form = versioned(new StepForms.SessionForm(), d);
        form.setHeldAt(LocalDateTime.ofInstant(clock.instant(), dates.zone()).truncatedTo(ChronoUnit.MINUTES));
        return page(d, "session", form, model);
    }

    @PostMapping("/sessions")
    String session(@PathVariable long id, @Valid @ModelAttribute("stepForm") StepForms.SessionForm form,
            BindingResult errors, @AuthenticationPrincipal SignedInUser user, Model model,
            RedirectAttributes redirect) {
        DisputeView d = allowed(id, user, DisputeAction.SESSION);
        return submit(d, "session", form, errors, model, redirect, "SESSION",
                version -> management.recordSession(id, version, form.toData(), disputes.actor(user)));
    }

    @GetMapping("/resolve")
    String resolveForm(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        DisputeView d = allowed(id, user, DisputeAction.RESOLVE);
        return page(d, "resolve", versioned(new StepForms.ResolveForm(), d), model);
    }

    @PostMapping("/resolve")
    String resolve(@PathVariable long id, @Valid @ModelAttribute("stepForm") StepForms.ResolveForm form,
            BindingResult errors, @AuthenticationPrincipal SignedInUser user, Model model,
            RedirectAttributes redirect) {
        DisputeView d = allowed(id, user, DisputeAction.RESOLVE);
        return submit(d, "resolve", form, errors, model, redirect, "RESOLVED",
                version -> management.resolve(id, version, form.toData(), disputes.actor(user)));
    }

    @GetMapping("/refer")
    String referForm(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        DisputeView d = allowed(id, user, DisputeAction.REFER);
        return page(d, "refer", versioned(new StepForms.ReferForm(), d), model);
    }

    @PostMapping("/refer")
    String refer(@PathVariable long id, @Valid @ModelAttribute("stepForm") StepForms.ReferForm form,
            BindingResult errors, @AuthenticationPrincipal SignedInUser user, Model model,
            RedirectAttributes redirect) {
        DisputeView d = allowed(id, user, DisputeAction.REFER);
        form.validate(errors);
        return submit(d, "refer", form, errors, model, redirect, "REFERRED",
                version -> management.refer(id, version, form.toData(), disputes.actor(user)));
    }

    @GetMapping("/escalate")
    String escalateForm(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        DisputeView d = allowed(id, user, DisputeAction.ESCALATE);
        return page(d, "escalate", versioned(new StepForms.EscalateForm(), d), model);
    }

    @PostMapping("/escalate")
    String escalate(@PathVariable long id, @Valid @ModelAttribute("stepForm") StepForms.EscalateForm form,
            BindingResult errors, @AuthenticationPrincipal SignedInUser user, Model model,
            RedirectAttributes redirect) {
        DisputeView d = allowed(id, user, DisputeAction.ESCALATE);
        return submit(d, "escalate", form, errors, model, redirect, "ESCALATED",
                version -> management.escalate(id, version, form.toData(), disputes.actor(user)));
    }

    @GetMapping("/close")
    String closeForm(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        DisputeView d = allowed(id, user, DisputeAction.CLOSE);
        StepForms.CallBackForm form = versioned(new StepForms.CallBackForm(), d);
        form.setCallBackOn(LocalDate.ofInstant(clock.instant(), dates.zone()));
        return page(d, "close", form, model);
    }

    @PostMapping("/close")
    String close(@PathVariable long id, @Valid @ModelAttribute("stepForm") StepForms.CallBackForm form,
            BindingResult errors, @AuthenticationPrincipal SignedInUser user, Model model,
            RedirectAttributes redirect) {
        DisputeView d = allowed(id, user, DisputeAction.CLOSE);
        return submit(d, "close", form, errors, model, redirect, "CLOSED",
                version -> management.close(id, version, form.toData(), disputes.actor(user)));
    }

    @PostMapping("/team")
    String addToTeam(@PathVariable long id, @Valid @ModelAttribute("teamForm") StepForms.TeamForm form,
            BindingResult errors, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
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
        management.removeFromTeam(id, version(id, form, errors), personId, disputes.actor(user));
        redirect.addFlashAttribute("flash", "dispute.team.removed");
        return "redirect:/disputes/" + id + "#team";
    }

    /** The dispute, if the user may take {@code action} on it now; else the 409 page (404 when not visible). */
    private DisputeView allowed(long id, SignedInUser user, DisputeAction action) {
        DisputeActor actor = disputes.actor(user);
        DisputeView d = disputes.get(id, actor);
        if (!d.actions().contains(action)) {
            throw new NotAllowedException(action + " not allowed on dispute " + id);
        }
        return d;
    }

    /**
     * The step: run unless the form has errors, then back to the dispute with a word on where it moved; a
     * refusal is shown beside its field on the step's page, like a form error.
     */
    private String submit(DisputeView d, String step, StepForms.VersionForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, String movedTo, LongConsumer run) {
        if (!errors.hasErrors()) {
            try {
                run.accept(version(d.id(), form, errors));
                return moved(d.id(), movedTo, redirect);
            } catch (RejectedInput e) {
                RejectedInputs.show(e, errors);
            }
        }
        return page(d, step, form, model);
    }

    private static <F extends StepForms.VersionForm> F versioned(F form, DisputeView d) {
        form.setVersion(d.version());
        return form;
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
