package org.gridwatch.place.web;

import org.gridwatch.shared.RejectedInput;
import org.gridwatch.area.AreaChoice;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.place.PartnerDirectory;
import org.gridwatch.place.PartnerKind;
import org.gridwatch.place.PartnerManagement;
import org.gridwatch.place.PartnerView;
import org.gridwatch.place.TeamView;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Partner units (共建单位) and their patrol teams: list, detail with history, create and edit. */
@Controller
@RequestMapping("/partners")
class PartnerController {

    private static final String FORM = "place/partnerForm";
    private static final String TEAM_FORM = "place/teamForm";
    private static final int PAGE_SIZE = 20;

    private final PartnerDirectory partners;
    private final PartnerManagement management;
    private final AreaDirectory areas;
    private final AreaChoices choices;

    PartnerController(PartnerDirectory partners, PartnerManagement management, AreaDirectory areas,
            AreaChoices choices) {
        this.partners = partners;
        this.management = management;
        this.areas = areas;
        this.choices = choices;
    }

    @ModelAttribute("partnerKinds")
    PartnerKind[] partnerKinds() {
        return PartnerKind.values();
    }

    @GetMapping
    String list(@ModelAttribute PartnerListQuery query, @AuthenticationPrincipal SignedInUser user, Model model) {
        AreaScope scope = areas.scopeOf(user);
        model.addAttribute("partners", partners.search(query.text(), query.kindFilter(), query.areaId(), scope,
                query.pageRequest(PAGE_SIZE)));
        model.addAttribute("q", query.text());
        model.addAttribute("kind", query.kindFilter());
        model.addAttribute("area", query.areaId());
        model.addAttribute("areaChoices", choices.tree(scope));
        model.addAttribute("stationLabels", choices.stations(scope).stream()
                .collect(java.util.stream.Collectors.toMap(AreaChoice::value, AreaChoice::label)));
        model.addAttribute("canEdit", user.hasAny(PlaceAccess.WRITE_PARTNERS));
        model.addAttribute("baseUrl", query.link());
        return "place/partnerList";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        AreaScope scope = areas.scopeOf(user);
        PartnerView unit = partners.get(id, scope);
        model.addAttribute("partner", unit);
        model.addAttribute("homeLabel", choices.label(unit.homeAreaId()));
        model.addAttribute("gridLabels", choices.labels(unit.gridIds()));
        model.addAttribute("history", partners.history(id, scope));
        model.addAttribute("canEdit", user.hasAny(PlaceAccess.WRITE_PARTNERS));
        return "place/partnerDetail";
    }

    @GetMapping("/new")
    String newPartner(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("partner", new PartnerForm());
        return form(user, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("partner") PartnerForm form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        form.setId(null);
        if (errors.hasErrors()) {
            return form(user, model);
        }
        try {
            PartnerView created = management.create(form.toData(), areas.scopeOf(user));
            redirect.addFlashAttribute("flash", "partner.created");
            return "redirect:/partners/" + created.id();
        } catch (RejectedInput e) {
            RejectedInputs.show(e, errors);
            return form(user, model);
        }
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("partner", PartnerForm.of(partners.get(id, areas.scopeOf(user))));
        return form(user, model);
    }

    @PostMapping("/{id}")
    String change(@PathVariable long id, @Valid @ModelAttribute("partner") PartnerForm form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        AreaScope scope = areas.scopeOf(user);
        partners.get(id, scope);
        form.setId(id);
        if (errors.hasErrors()) {
            return form(user, model);
        }
        try {
            management.change(id, form.getVersion(), form.toData(), scope);
        } catch (StaleEditException e) {
            form(user, model);
            return StaleEdits.showConflict(FORM, model, response);
        } catch (RejectedInput e) {
            RejectedInputs.show(e, errors);
            return form(user, model);
        }
        redirect.addFlashAttribute("flash", "partner.saved");
        return "redirect:/partners/" + id;
    }

    @GetMapping("/{id}/teams/new")
    String newTeam(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("team", TeamForm.blank());
        return teamForm(partners.get(id, areas.scopeOf(user)), model);
    }

    @PostMapping("/{id}/teams")
    String createTeam(@PathVariable long id, @Valid @ModelAttribute("team") TeamForm form, BindingResult errors,
            @RequestParam(required = false) String addRows, @AuthenticationPrincipal SignedInUser user,
            Model model, RedirectAttributes redirect) {
        AreaScope scope = areas.scopeOf(user);
        PartnerView unit = partners.get(id, scope);
        form.setId(null);
        if (addRows != null) {
            form.addBlankRows();
            return teamForm(unit, model);
        }
        if (errors.hasErrors()) {
            return teamForm(unit, model);
        }
        management.addTeam(id, form.toData(), scope);
        redirect.addFlashAttribute("flash", "team.created");
        return "redirect:/partners/" + id;
    }

    @GetMapping("/{id}/teams/{teamId}/edit")
    String editTeam(@PathVariable long id, @PathVariable long teamId, @AuthenticationPrincipal SignedInUser user,
            Model model) {
        AreaScope scope = areas.scopeOf(user);
        TeamView team = partners.team(id, teamId, scope);
        model.addAttribute("team", TeamForm.of(team));
        return teamForm(partners.get(id, scope), model);
    }

    @PostMapping("/{id}/teams/{teamId}")
    String changeTeam(@PathVariable long id, @PathVariable long teamId, @Valid @ModelAttribute("team") TeamForm form,
            BindingResult errors, @RequestParam(required = false) String addRows,
            @AuthenticationPrincipal SignedInUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        AreaScope scope = areas.scopeOf(user);
        partners.team(id, teamId, scope);
        PartnerView unit = partners.get(id, scope);
        form.setId(teamId);
        if (addRows != null) {
            form.addBlankRows();
            return teamForm(unit, model);
        }
        if (errors.hasErrors()) {
            return teamForm(unit, model);
        }
        try {
            management.changeTeam(id, teamId, form.getVersion(), form.toData(), scope);
        } catch (StaleEditException e) {
            teamForm(unit, model);
            return StaleEdits.showConflict(TEAM_FORM, model, response);
        }
        redirect.addFlashAttribute("flash", "team.saved");
        return "redirect:/partners/" + id;
    }

    private String form(SignedInUser user, Model model) {
        AreaScope scope = areas.scopeOf(user);
        model.addAttribute("stationChoices", choices.stations(scope));
        model.addAttribute("gridChoices", choices.grids(scope));
        return FORM;
    }

    private String teamForm(PartnerView unit, Model model) {
        model.addAttribute("partner", unit);
        return TEAM_FORM;
    }
}
