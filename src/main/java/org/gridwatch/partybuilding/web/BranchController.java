package org.gridwatch.partybuilding.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.fieldwork.RecordFilter;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.partybuilding.ActivityKind;
import org.gridwatch.partybuilding.BranchView;
import org.gridwatch.partybuilding.Named;
import org.gridwatch.partybuilding.PartyBuildingDirectory;
import org.gridwatch.partybuilding.PartyBuildingManagement;
import org.gridwatch.shared.RejectedInput;
import org.gridwatch.shared.web.FormSubmissions;
import org.gridwatch.shared.web.RejectedInputs;
import org.gridwatch.shared.web.StaleEditException;
import org.gridwatch.shared.web.StaleEdits;
import org.springframework.data.domain.PageRequest;
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

/** Party branches: the list with activity counts for a period, the branch page, create and edit. */
@Controller
@RequestMapping("/party/branches")
class BranchController {

    private static final String FORM = "partybuilding/branchForm";
    private static final int PAGE_SIZE = 20;
    private static final int SECTION_SIZE = 10;

    private final PartyBuildingDirectory party;
    private final PartyBuildingManagement management;
    private final AreaDirectory areas;
    private final PartyChoices choices;
    private final FormSubmissions submissions;

    BranchController(PartyBuildingDirectory party, PartyBuildingManagement management, AreaDirectory areas,
            PartyChoices choices, FormSubmissions submissions) {
        this.party = party;
        this.management = management;
        this.areas = areas;
        this.choices = choices;
        this.submissions = submissions;
    }

    @GetMapping
    String list(@ModelAttribute BranchListQuery query, @AuthenticationPrincipal SignedInUser user, Model model) {
        AreaScope scope = areas.scopeOf(user);
        RecordFilter filter = query.filter();
        Period period = query.period(party.today());
        model.addAttribute("branches", party.branches(filter.areaId(), period.from(), period.to(), scope,
                query.pageRequest(PAGE_SIZE)));
        model.addAttribute("counts", party.activityCounts(filter.areaId(), period.from(), period.to(), scope));
        model.addAttribute("activityKinds", ActivityKind.values());
        model.addAttribute("area", filter.areaId());
        model.addAttribute("period", period);
        model.addAttribute("areaChoices", choices.filterAreas(scope));
        model.addAttribute("canEdit", user.hasAny(PartyAccess.WRITE));
        model.addAttribute("baseUrl", query.link(period));
        return "partybuilding/branchList";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        AreaScope scope = areas.scopeOf(user);
        BranchView branch = party.branch(id, scope);
        model.addAttribute("branch", branch);
        model.addAttribute("agreements", party.agreements(null, null, id, scope, PageRequest.of(0, 50)).getContent());
        model.addAttribute("activities",
                party.activities(null, null, null, null, null, id, scope, PageRequest.of(0, SECTION_SIZE)));
        model.addAttribute("pioneers", party.pioneersOfBranch(id, scope));
        model.addAttribute("history", party.branchHistory(id, scope));
        model.addAttribute("canEdit", user.hasAny(PartyAccess.WRITE));
        return "partybuilding/branchDetail";
    }

    @GetMapping("/new")
    String newBranch(@AuthenticationPrincipal SignedInUser user, Model model) {
        BranchForm form = new BranchForm();
        form.setSubmissionKey(FormSubmissions.newKey());
        model.addAttribute("branch", form);
        return form(user, model, List.of());
    }

    @PostMapping
    String create(@Valid @ModelAttribute("branch") BranchForm form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        form.setId(null);
        form.validate(errors);
        if (errors.hasErrors()) {
            return form(user, model, List.of());
        }
        try {
            String target = submissions.once(form.getSubmissionKey(),
                    () -> "/party/branches/" + management.createBranch(form.toData(), areas.scopeOf(user)).id());
            redirect.addFlashAttribute("flash", "party.branch.created");
            return "redirect:" + target;
        } catch (RejectedInput e) {
            RejectedInputs.show(e, errors);
            return form(user, model, List.of());
        }
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        BranchView branch = party.branch(id, areas.scopeOf(user));
        model.addAttribute("branch", BranchForm.of(branch));
        return form(user, model, branch.members());
    }

    @PostMapping("/{id}")
    String change(@PathVariable long id, @Valid @ModelAttribute("branch") BranchForm form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        AreaScope scope = areas.scopeOf(user);
        List<Named> members = party.branch(id, scope).members();
        form.setId(id);
        form.validate(errors);
        if (errors.hasErrors()) {
            return form(user, model, members);
        }
        try {
            management.changeBranch(id, form.getVersion(), form.toData(), scope);
        } catch (StaleEditException e) {
            form(user, model, members);
            return StaleEdits.showConflict(FORM, model, response);
        } catch (RejectedInput e) {
            RejectedInputs.show(e, errors);
            return form(user, model, members);
        }
        redirect.addFlashAttribute("flash", "party.branch.saved");
        return "redirect:/party/branches/" + id;
    }

    private String form(SignedInUser user, Model model, List<Named> members) {
        AreaScope scope = areas.scopeOf(user);
        model.addAttribute("areaChoices", choices.homeAreas(scope));
        model.addAttribute("partnerChoices", choices.partnerUnits(scope));
        model.addAttribute("peopleChoices", choices.people(scope, members));
        return FORM;
    }
}
