package org.gridwatch.partybuilding.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.partybuilding.PartyBuildingDirectory;
import org.gridwatch.partybuilding.PartyBuildingManagement;
import org.gridwatch.partybuilding.PioneerKind;
import org.gridwatch.partybuilding.PioneerView;
import org.gridwatch.shared.RejectedInput;
import org.gridwatch.shared.web.FormSubmissions;
import org.gridwatch.shared.web.QueryParams;
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

/**
 * Pioneer posts (党员先锋岗/示范岗): designate and change them, and the fragment the grid's duty card loads
 * ({@code /partybuilding/grids/{gridId}/pioneers}).
 */
@Controller
class PioneerController {

    private static final String FORM = "partybuilding/pioneerForm";

    private final PartyBuildingDirectory party;
    private final PartyBuildingManagement management;
    private final AreaDirectory areas;
    private final PartyChoices choices;
    private final FormSubmissions submissions;

    PioneerController(PartyBuildingDirectory party, PartyBuildingManagement management, AreaDirectory areas,
            PartyChoices choices, FormSubmissions submissions) {
        this.party = party;
        this.management = management;
        this.areas = areas;
        this.choices = choices;
        this.submissions = submissions;
    }

    @ModelAttribute("pioneerKinds")
    PioneerKind[] pioneerKinds() {
        return PioneerKind.values();
    }

    /** The pioneer posts held in a grid today, as lines for its duty card (nothing when none and read-only). */
    @GetMapping("/partybuilding/grids/{gridId}/pioneers")
    String gridCard(@PathVariable long gridId, @AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("pioneers", party.currentPioneers(gridId, areas.scopeOf(user)));
        model.addAttribute("gridId", gridId);
        model.addAttribute("canEdit", user.hasAny(PartyAccess.WRITE));
        return "partybuilding/pioneers :: card";
    }

    @GetMapping("/party/pioneers/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        PioneerView post = party.pioneer(id, areas.scopeOf(user));
        return post.branch() == null ? "redirect:/duty/grids/" + post.gridId()
                : "redirect:/party/branches/" + post.branch().id() + "#pioneers";
    }

    @GetMapping("/party/pioneers/new")
    String newPost(@RequestParam(required = false) String grid, @RequestParam(required = false) String person,
            @AuthenticationPrincipal SignedInUser user, Model model) {
        PioneerForm form = new PioneerForm();
        form.setSubmissionKey(FormSubmissions.newKey());
        form.setKind(PioneerKind.PIONEER);
        form.setValidFrom(party.today());
        form.setGridId(QueryParams.longOrNull(grid));
        form.setPersonId(QueryParams.longOrNull(person));
        model.addAttribute("pioneer", form);
        return form(user, model);
    }

    @PostMapping("/party/pioneers")
    String create(@Valid @ModelAttribute("pioneer") PioneerForm form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        form.setId(null);
        form.validate(errors);
        if (errors.hasErrors()) {
            return form(user, model);
        }
        try {
            String target = submissions.once(form.getSubmissionKey(),
                    () -> "/party/pioneers/" + management.createPioneer(form.toData(), areas.scopeOf(user)).id());
            redirect.addFlashAttribute("flash", "party.pioneer.created");
            return "redirect:" + target;
        } catch (RejectedInput e) {
            RejectedInputs.show(e, errors);
            return form(user, model);
        }
    }

    @GetMapping("/party/pioneers/{id}/edit")
    String edit(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        AreaScope scope = areas.scopeOf(user);
        model.addAttribute("pioneer", PioneerForm.of(party.pioneer(id, scope)));
        model.addAttribute("history", party.pioneerHistory(id, scope));
        return form(user, model);
    }

    @PostMapping("/party/pioneers/{id}")
    String change(@PathVariable long id, @Valid @ModelAttribute("pioneer") PioneerForm form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        AreaScope scope = areas.scopeOf(user);
        party.pioneer(id, scope);
        form.setId(id);
        model.addAttribute("history", party.pioneerHistory(id, scope));
        form.validate(errors);
        if (errors.hasErrors()) {
            return form(user, model);
        }
        try {
            management.changePioneer(id, form.getVersion(), form.toData(), scope);
        } catch (StaleEditException e) {
            form(user, model);
            return StaleEdits.showConflict(FORM, model, response);
        } catch (RejectedInput e) {
            RejectedInputs.show(e, errors);
            return form(user, model);
        }
        redirect.addFlashAttribute("flash", "party.pioneer.saved");
        return "redirect:/party/pioneers/" + id;
    }

    private String form(SignedInUser user, Model model) {
        AreaScope scope = areas.scopeOf(user);
        model.addAttribute("personChoices", choices.pioneerCandidates(scope));
        model.addAttribute("gridChoices", choices.grids(scope));
        return FORM;
    }
}
