package org.gridwatch.meeting.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.meeting.MeetingDirectory;
import org.gridwatch.meeting.MeetingManagement;
import org.gridwatch.meeting.Participant;
import org.gridwatch.meeting.WorkTeamView;
import org.gridwatch.shared.RejectedInput;
import org.gridwatch.shared.web.FormSubmissions;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Work teams (工作专班): list, the team page with its history, create and edit. */
@Controller
@RequestMapping("/meetings/teams")
class WorkTeamController {

    private static final String FORM = "meeting/teamForm";
    private static final int PAGE_SIZE = 20;

    private final MeetingDirectory meetings;
    private final MeetingManagement management;
    private final AreaDirectory areas;
    private final MeetingChoices choices;
    private final FormSubmissions submissions;

    WorkTeamController(MeetingDirectory meetings, MeetingManagement management, AreaDirectory areas,
            MeetingChoices choices, FormSubmissions submissions) {
        this.meetings = meetings;
        this.management = management;
        this.areas = areas;
        this.choices = choices;
        this.submissions = submissions;
    }

    @GetMapping
    String list(@ModelAttribute WorkTeamListQuery query, @AuthenticationPrincipal SignedInUser user, Model model) {
        AreaScope scope = areas.scopeOf(user);
        Long areaId = query.areaId();
        model.addAttribute("teams", meetings.teams(areaId, scope, query.pageRequest(PAGE_SIZE)));
        model.addAttribute("area", areaId);
        model.addAttribute("areaChoices", choices.conveningAreas(scope));
        model.addAttribute("canEdit", user.hasAny(MeetingAccess.WRITE));
        model.addAttribute("baseUrl", query.link());
        return "meeting/teams";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        AreaScope scope = areas.scopeOf(user);
        model.addAttribute("team", meetings.team(id, scope));
        model.addAttribute("history", meetings.teamHistory(id, scope));
        model.addAttribute("canEdit", user.hasAny(MeetingAccess.WRITE));
        return "meeting/teamDetail";
    }

    @GetMapping("/new")
    String newTeam(@AuthenticationPrincipal SignedInUser user, Model model) {
        WorkTeamForm form = new WorkTeamForm();
        form.setSubmissionKey(FormSubmissions.newKey());
        form.setAreaId(user.scopeAreaId());
        model.addAttribute("team", form);
        return form(user, model, null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("team") WorkTeamForm form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        form.setId(null);
        if (errors.hasErrors()) {
            return form(user, model, null);
        }
        try {
            String target = submissions.once(form.getSubmissionKey(), () -> "/meetings/teams/"
                    + management.createTeam(form.toData(), areas.scopeOf(user)).id());
            redirect.addFlashAttribute("flash", "meeting.team.created");
            return "redirect:" + target;
        } catch (RejectedInput e) {
            RejectedInputs.show(e, errors);
            return form(user, model, null);
        }
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        WorkTeamView team = meetings.team(id, areas.scopeOf(user));
        model.addAttribute("team", WorkTeamForm.of(team));
        return form(user, model, team);
    }

    @PostMapping("/{id}")
    String change(@PathVariable long id, @Valid @ModelAttribute("team") WorkTeamForm form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        AreaScope scope = areas.scopeOf(user);
        WorkTeamView current = meetings.team(id, scope);
        form.setId(id);
        if (errors.hasErrors()) {
            return form(user, model, current);
        }
        try {
            management.changeTeam(id, form.getVersion(), form.toData(), scope);
        } catch (StaleEditException e) {
            form(user, model, current);
            return StaleEdits.showConflict(FORM, model, response);
        } catch (RejectedInput e) {
            RejectedInputs.show(e, errors);
            return form(user, model, current);
        }
        redirect.addFlashAttribute("flash", "meeting.team.saved");
        return "redirect:/meetings/teams/" + id;
    }

    private String form(SignedInUser user, Model model, WorkTeamView current) {
        AreaScope scope = areas.scopeOf(user);
        List<Participant> people = current == null ? List.of() : current.people();
        List<Participant> units = current == null ? List.of() : current.partnerUnits();
        model.addAttribute("areaChoices", choices.conveningAreas(scope));
        model.addAttribute("peopleChoices", choices.people(scope, people));
        model.addAttribute("unitChoices", choices.partnerUnits(scope, units));
        return FORM;
    }
}
