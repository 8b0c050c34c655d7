package org.gridwatch.duty.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.duty.AssignmentView;
import org.gridwatch.duty.DutyDirectory;
import org.gridwatch.duty.DutyManagement;
import org.gridwatch.duty.DutyRole;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.shared.RejectedInput;
import org.gridwatch.shared.web.RejectedInputs;
import org.gridwatch.shared.web.StaleEditException;
import org.gridwatch.shared.web.StaleEdits;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A grid's duty page (team today, history, assign, link channel), ending assignments, and the area-page panel. */
@Controller
class GridDutyController {

    private static final String PAGE = "duty/grid";
    private static final String END_FORM = "duty/endAssignment";

    private final DutyDirectory duty;
    private final DutyManagement management;
    private final AreaDirectory areas;
    private final Pickers pickers;

    GridDutyController(DutyDirectory duty, DutyManagement management, AreaDirectory areas, Pickers pickers) {
        this.duty = duty;
        this.management = management;
        this.areas = areas;
        this.pickers = pickers;
    }

    @GetMapping("/duty/grids/{gridId}")
    String grid(@PathVariable long gridId, @AuthenticationPrincipal SignedInUser user, Model model) {
        AreaScope scope = areas.scopeOf(user);
        AssignmentForm assignment = new AssignmentForm();
        assignment.setValidFrom(duty.today());
        model.addAttribute("assignment", assignment);
        LinkForm link = new LinkForm();
        management.link(gridId, scope).ifPresent(l -> {
            link.setChannel(l.channel());
            link.setVersion(l.version());
        });
        model.addAttribute("link", link);
        return page(gridId, scope, user, model);
    }

    @PostMapping("/duty/grids/{gridId}/assignments")
    String assign(@PathVariable long gridId, @Valid @ModelAttribute("assignment") AssignmentForm form,
            BindingResult errors, @AuthenticationPrincipal SignedInUser user, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        AreaScope scope = areas.scopeOf(user);
        if (!errors.hasErrors()) {
            try {
                management.assign(form.toRequest(gridId), scope);
                redirect.addFlashAttribute("flash", "duty.assigned");
                return "redirect:/duty/grids/" + gridId;
            } catch (RejectedInput e) {
                RejectedInputs.show(e, errors);
            }
        }
        LinkForm link = new LinkForm();
        management.link(gridId, scope).ifPresent(l -> {
            link.setChannel(l.channel());
            link.setVersion(l.version());
        });
        model.addAttribute("link", link);
        return page(gridId, scope, user, model);
    }

    @PostMapping("/duty/grids/{gridId}/link")
    String setLink(@PathVariable long gridId, @Valid @ModelAttribute("link") LinkForm form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        AreaScope scope = areas.scopeOf(user);
        AssignmentForm assignment = new AssignmentForm();
        assignment.setValidFrom(duty.today());
        model.addAttribute("assignment", assignment);
        if (errors.hasErrors()) {
            return page(gridId, scope, user, model);
        }
        try {
            management.setLink(gridId, form.getChannel(), form.getVersion(), scope);
        } catch (StaleEditException e) {
            page(gridId, scope, user, model);
            return StaleEdits.showConflict(PAGE, model, response);
        }
        redirect.addFlashAttribute("flash", "duty.linkSaved");
        return "redirect:/duty/grids/" + gridId;
    }

    @GetMapping("/duty/assignments/{id}/end")
    String endForm(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        AssignmentView assignment = management.assignment(id, areas.scopeOf(user));
        EndForm form = new EndForm();
        form.setVersion(assignment.version());
        form.setValidTo(assignment.validTo() != null ? assignment.validTo() : duty.today());
        model.addAttribute("target", assignment);
        model.addAttribute("end", form);
        return END_FORM;
    }

    @PostMapping("/duty/assignments/{id}/end")
    String end(@PathVariable long id, @Valid @ModelAttribute("end") EndForm form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        AreaScope scope = areas.scopeOf(user);
        AssignmentView assignment = management.assignment(id, scope);
        model.addAttribute("target", assignment);
        if (errors.hasErrors()) {
            return END_FORM;
        }
        try {
            management.end(id, form.getVersion(), form.getValidTo(), scope);
        } catch (StaleEditException e) {
            return StaleEdits.showConflict(END_FORM, model, response);
        } catch (RejectedInput e) {
            RejectedInputs.show(e, errors);
            return END_FORM;
        }
        redirect.addFlashAttribute("flash", "duty.ended");
        return "redirect:/duty/grids/" + assignment.gridId();
    }

    /** The duty card of one grid without the layout, for the area detail page (htmx). */
    @GetMapping("/duty/grid-panel")
    String panel(@RequestParam("grid") long gridId, @AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("card", duty.team(gridId, areas.scopeOf(user)));
        return "duty/gridPanel :: panel";
    }

    private String page(long gridId, AreaScope scope, SignedInUser user, Model model) {
        model.addAttribute("card", duty.team(gridId, scope));
        model.addAttribute("ancestry", areas.ancestry(gridId));
        model.addAttribute("history", duty.history(gridId, scope));
        model.addAttribute("today", duty.today());
        boolean canWrite = user.hasAny(DutyAccess.WRITERS);
        model.addAttribute("canWrite", canWrite);
        if (canWrite) {
            model.addAttribute("roles", DutyRole.values());
            model.addAttribute("peopleChoices", pickers.peopleByRole(scope));
        }
        return PAGE;
    }
}
