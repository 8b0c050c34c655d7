package org.gridwatch.partybuilding.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.partybuilding.AgreementStatus;
import org.gridwatch.partybuilding.AgreementView;
import org.gridwatch.partybuilding.Named;
import org.gridwatch.partybuilding.PartyBuildingDirectory;
import org.gridwatch.partybuilding.PartyBuildingManagement;
import org.gridwatch.shared.RejectedInput;
import org.gridwatch.shared.web.FormSubmissions;
import org.gridwatch.shared.web.QueryParams;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Joint building agreements (支部共建/结对共建): list, detail with its activities, create, edit, end. */
@Controller
@RequestMapping("/party/agreements")
class AgreementController {

    private static final String FORM = "partybuilding/agreementForm";
    private static final int PAGE_SIZE = 20;

    private final PartyBuildingDirectory party;
    private final PartyBuildingManagement management;
    private final AreaDirectory areas;
    private final PartyChoices choices;
    private final FormSubmissions submissions;

    AgreementController(PartyBuildingDirectory party, PartyBuildingManagement management, AreaDirectory areas,
            PartyChoices choices, FormSubmissions submissions) {
        this.party = party;
        this.management = management;
        this.areas = areas;
        this.choices = choices;
        this.submissions = submissions;
    }

    @GetMapping
    String list(@ModelAttribute AgreementListQuery query, @AuthenticationPrincipal SignedInUser user, Model model) {
        AreaScope scope = areas.scopeOf(user);
        model.addAttribute("agreements", party.agreements(query.areaId(), query.statusFilter(), null, scope,
                query.pageRequest(PAGE_SIZE)));
        model.addAttribute("area", query.areaId());
        model.addAttribute("status", query.statusFilter());
        model.addAttribute("statuses", AgreementStatus.values());
        model.addAttribute("areaChoices", choices.filterAreas(scope));
        model.addAttribute("canEdit", user.hasAny(PartyAccess.WRITE));
        model.addAttribute("baseUrl", query.link());
        return "partybuilding/agreementList";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        AreaScope scope = areas.scopeOf(user);
        AgreementView agreement = party.agreement(id, scope);
        model.addAttribute("agreement", agreement);
        model.addAttribute("activities", party.activities(null, null, null, null, id, null, scope,
                PageRequest.of(0, 50)));
        model.addAttribute("history", party.agreementHistory(id, scope));
        model.addAttribute("canEdit", user.hasAny(PartyAccess.WRITE));
        return "partybuilding/agreementDetail";
    }

    @GetMapping("/new")
    String newAgreement(@RequestParam(required = false) String branch, @AuthenticationPrincipal SignedInUser user,
            Model model) {
        AgreementForm form = new AgreementForm();
        form.setSubmissionKey(FormSubmissions.newKey());
        form.setSignedOn(party.today());
        form.setValidFrom(party.today());
        form.setValidTo(party.today().plusYears(1).minusDays(1));
        Long branchId = QueryParams.longOrNull(branch);
        if (branchId != null) {
            form.setBranchIds(new ArrayList<>(List.of(branchId)));
        }
        model.addAttribute("agreement", form);
        return form(user, model, List.of());
    }

    @PostMapping
    String create(@Valid @ModelAttribute("agreement") AgreementForm form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        form.setId(null);
        form.validate(errors);
        if (errors.hasErrors()) {
            return form(user, model, List.of());
        }
        try {
            String target = submissions.once(form.getSubmissionKey(), () -> "/party/agreements/"
                    + management.createAgreement(form.toData(), areas.scopeOf(user)).id());
            redirect.addFlashAttribute("flash", "party.agreement.created");
            return "redirect:" + target;
        } catch (RejectedInput e) {
            RejectedInputs.show(e, errors);
            return form(user, model, List.of());
        }
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        AgreementView agreement = party.agreement(id, areas.scopeOf(user));
        model.addAttribute("agreement", AgreementForm.of(agreement));
        return form(user, model, agreement.branches());
    }

    @PostMapping("/{id}")
    String change(@PathVariable long id, @Valid @ModelAttribute("agreement") AgreementForm form,
            BindingResult errors, @AuthenticationPrincipal SignedInUser user, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        AreaScope scope = areas.scopeOf(user);
        List<Named> branches = party.agreement(id, scope).branches();
        form.setId(id);
        form.validate(errors);
        if (errors.hasErrors()) {
            return form(user, model, branches);
        }
        try {
            management.changeAgreement(id, form.getVersion(), form.toData(), scope);
        } catch (StaleEditException e) {
            form(user, model, branches);
            return StaleEdits.showConflict(FORM, model, response);
        } catch (RejectedInput e) {
            RejectedInputs.show(e, errors);
            return form(user, model, branches);
        }
        redirect.addFlashAttribute("flash", "party.agreement.saved");
        return "redirect:/party/agreements/" + id;
    }

    /** Ends the agreement today; a stale version or an agreement already ended is the 409 page. */
    @PostMapping("/{id}/end")
    String end(@PathVariable long id, @RequestParam(required = false) String version,
            @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        Long expected = QueryParams.longOrNull(version);
        management.endAgreement(id, expected == null ? -1 : expected, areas.scopeOf(user));
        redirect.addFlashAttribute("flash", "party.agreement.ended");
        return "redirect:/party/agreements/" + id;
    }

    private String form(SignedInUser user, Model model, List<Named> branches) {
        model.addAttribute("branchChoices", choices.branches(areas.scopeOf(user), branches));
        return FORM;
    }
}
