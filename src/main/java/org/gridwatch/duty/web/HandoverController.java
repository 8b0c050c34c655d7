package org.gridwatch.duty.web;

import jakarta.validation.Valid;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.duty.DutyDirectory;
import org.gridwatch.duty.DutyManagement;
import org.gridwatch.duty.HandoverResult;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.shared.RejectedInput;
import org.gridwatch.shared.web.RejectedInputs;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Handover: a leaving person's open assignments pass to a successor of the same kind in one step. */
@Controller
class HandoverController {

    private static final String FORM = "duty/handover";

    private final DutyManagement management;
    private final DutyDirectory duty;
    private final AreaDirectory areas;
    private final Pickers pickers;

    HandoverController(DutyManagement management, DutyDirectory duty, AreaDirectory areas, Pickers pickers) {
        this.management = management;
        this.duty = duty;
        this.areas = areas;
        this.pickers = pickers;
    }

    @GetMapping("/duty/handover")
    String form(@AuthenticationPrincipal SignedInUser user, Model model) {
        HandoverForm form = new HandoverForm();
        form.setDate(duty.today());
        model.addAttribute("handover", form);
        model.addAttribute("peopleChoices", pickers.peopleByKind(areas.scopeOf(user)));
        return FORM;
    }

    @PostMapping("/duty/handover")
    String handOver(@Valid @ModelAttribute("handover") HandoverForm form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        AreaScope scope = areas.scopeOf(user);
        if (!errors.hasErrors()) {
            try {
                HandoverResult result = management.handOver(form.getLeaverId(), form.getSuccessorId(),
                        form.getDate(), user.accountId(), form.isLeaves(), scope);
                redirect.addFlashAttribute("flash", "duty.handedOver");
                redirect.addFlashAttribute("handedOverCount", result.assignmentCount());
                return "redirect:/duty/handover";
            } catch (RejectedInput e) {
                RejectedInputs.show(e, errors);
            }
        }
        model.addAttribute("peopleChoices", pickers.peopleByKind(scope));
        return FORM;
    }
}
