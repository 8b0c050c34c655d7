package org.gridwatch.hazard.web;

import jakarta.validation.Valid;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.area.AreaSummary;
import org.gridwatch.area.AreaType;
import org.gridwatch.fieldwork.FieldworkChoices;
import org.gridwatch.fieldwork.RecordKind;
import org.gridwatch.hazard.HazardActor;
import org.gridwatch.hazard.HazardDetails;
import org.gridwatch.hazard.HazardDirectory;
import org.gridwatch.hazard.HazardManagement;
import org.gridwatch.hazard.HazardRefusedException;
import org.gridwatch.hazard.HazardState;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.photo.Photos;
import org.gridwatch.shared.RejectedInput;
import org.gridwatch.shared.web.RecordNotFoundException;
import org.gridwatch.shared.web.DateDisplay;
import org.gridwatch.shared.web.RejectedInputs;
import org.springframework.context.MessageSource;
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
 * Moving a hazard: the rectification notice (and its printable page), the rectification, the re-inspection.
 * Each form carries the version it was shown with; the hazard itself refuses what its state or the user does
 * not allow (409 with the reason, see {@link HazardRefusals}).
 */
@Controller
@RequestMapping("/hazards/{id}")
class HazardTransitionController {

    private static final int DEFAULT_NOTICE_DAYS = 7;

    private final HazardDirectory directory;
    private final HazardManagement management;
    private final FieldworkChoices choices;
    private final AreaDirectory areas;
    private final Photos photos;
    private final MessageSource messages;
    private final DateDisplay dates;

    HazardTransitionController(HazardDirectory directory, HazardManagement management, FieldworkChoices choices,
            AreaDirectory areas, Photos photos, MessageSource messages, DateDisplay dates) {
        this.messages = messages;
        this.dates = dates;
        this.directory = directory;
        this.management = management;
        this.choices = choices;
        this.areas = areas;
        this.photos = photos;
    }

    @GetMapping("/notify")
    String noticeForm(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        HazardDetails details = details(id, user);
        if (details.hazard().state() != HazardState.FOUND) {
            return detailRedirect(id);
        }
        NoticeForm form = new NoticeForm();
        form.setDeadline(management.today().plusDays(DEFAULT_NOTICE_DAYS));
        form.setVersion(details.hazard().version());
        model.addAttribute("notice", form);
        return page("hazard/notify", details, model);
    }

    @PostMapping("/notify")
    String notifyResponsible(@PathVariable long id, @Valid @ModelAttribute("notice") NoticeForm form,
            BindingResult errors, @AuthenticationPrincipal SignedInUser user, Model model,
            RedirectAttributes redirect) {
        AreaScope scope = choices.scope(user);
        if (!errors.hasErrors()) {
            try {
                management.notifyResponsible(id, form.getVersion(), form.getDeadline(), form.getRequirement(),
                        management.actor(user), scope);
                redirect.addFlashAttribute("flash", "hazard.notified");
                return detailRedirect(id);
            } catch (RejectedInput e) {
                RejectedInputs.show(e, errors);
            }
        }
        return page("hazard/notify", directory.get(id, scope), model);
    }

    /** The rectification notice, print-ready (Chinese by default, like every page). */
    @GetMapping("/notice")
    String notice(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        HazardDetails details = details(id, user);
        if (details.hazard().noticeDeadline() == null) {
            throw new RecordNotFoundException("notice of hazard", id);
        }
        model.addAttribute("issuer", areas.ancestry(details.hazard().gridId()).stream()
                .filter(a -> a.type() == AreaType.STATION).map(AreaSummary::name).findFirst().orElse(""));
        model.addAttribute("zh", new ChineseWording(messages, dates.zone()));
        return page("hazard/notice", details, model);
    }

    @GetMapping("/rectify")
    String rectifyForm(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        HazardDetails details = details(id, user);
        HazardState state = details.hazard().state();
        if (state != HazardState.NOTIFIED && state != HazardState.REOPENED) {
            return detailRedirect(id);
        }
        RectifyForm form = new RectifyForm();
        form.setVersion(details.hazard().version());
        model.addAttribute("rectification", form);
        return page("hazard/rectify", details, model);
    }

    @PostMapping("/rectify")
    String rectify(@PathVariable long id, @Valid @ModelAttribute("rectification") RectifyForm form,
            BindingResult errors, @AuthenticationPrincipal SignedInUser user, Model model,
            RedirectAttributes redirect) {
        AreaScope scope = choices.scope(user);
        HazardDetails details = directory.get(id, scope);
        photos.validate(form.getPhotos(), details.after().size(), errors, "photos");
        if (!errors.hasFieldErrors("photos") && Photos.chosen(form.getPhotos()).isEmpty()) {
            errors.rejectValue("photos", "hazard.rectify.photoRequired");
        }
        if (!errors.hasErrors()) {
            try {
                management.rectify(id, form.getVersion(), form.getNote(), form.getPhotos(), management.actor(user),
                        scope);
                redirect.addFlashAttribute("flash", "hazard.rectified");
                return detailRedirect(id);
            } catch (RejectedInput e) {
                RejectedInputs.show(e, errors);
            }
        }
        return page("hazard/rectify", details, model);
    }

    @GetMapping("/verify")
    String verifyForm(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        HazardDetails details = details(id, user);
        if (details.hazard().state() != HazardState.RECTIFIED) {
            return detailRedirect(id);
        }
        HazardActor actor = management.actor(user);
        details.verificationRefusal(actor).ifPresent(reason -> {
            throw new HazardRefusedException(reason);
        });
        VerifyForm form = new VerifyForm();
        form.setVersion(details.hazard().version());
        model.addAttribute("verification", form);
        model.addAttribute("newDeadline", management.today().plusDays(DEFAULT_NOTICE_DAYS));
        return page("hazard/verify", details, model);
    }

    @PostMapping("/verify")
    String verify(@PathVariable long id, @Valid @ModelAttribute("verification") VerifyForm form,
            BindingResult errors, @AuthenticationPrincipal SignedInUser user, Model model,
            RedirectAttributes redirect) {
        AreaScope scope = choices.scope(user);
        form.validate(errors);
        if (!errors.hasErrors()) {
            HazardActor actor = management.actor(user);
            try {
                if (form.getOutcome() == VerifyForm.Outcome.PASS) {
                    management.verify(id, form.getVersion(), form.getNote(), actor, scope);
                    redirect.addFlashAttribute("flash", "hazard.verified");
                } else {
                    management.reopen(id, form.getVersion(), form.getNote(), form.getDeadline(), actor, scope);
                    redirect.addFlashAttribute("flash", "hazard.reopened");
                }
                return detailRedirect(id);
            } catch (RejectedInput e) {
                RejectedInputs.show(e, errors);
            }
        }
        model.addAttribute("newDeadline", management.today().plusDays(DEFAULT_NOTICE_DAYS));
        return page("hazard/verify", directory.get(id, scope), model);
    }

    private HazardDetails details(long id, SignedInUser user) {
        return directory.get(id, choices.scope(user));
    }

    private static String page(String view, HazardDetails details, Model model) {
        model.addAttribute("details", details);
        model.addAttribute("h", details.hazard());
        return view;
    }

    private static String detailRedirect(long id) {
        return "redirect:" + RecordKind.HAZARD.detailPath(id);
    }
}
