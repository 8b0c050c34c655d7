package org.gridwatch.meeting.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.fieldwork.RecordFilter;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.meeting.MeetingDirectory;
import org.gridwatch.meeting.MeetingKind;
import org.gridwatch.meeting.MeetingManagement;
import org.gridwatch.meeting.MeetingView;
import org.gridwatch.meeting.Participant;
import org.gridwatch.people.PersonDirectory;
import org.gridwatch.people.PersonSummary;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Joint meetings: the list, the meeting page with its action items, create (with items), edit, add an item. */
@Controller
@RequestMapping("/meetings")
class MeetingController {

    private static final String FORM = "meeting/form";
    private static final String DETAIL = "meeting/detail";
    private static final int PAGE_SIZE = 20;

    private final MeetingDirectory meetings;
    private final MeetingManagement management;
    private final AreaDirectory areas;
    private final PersonDirectory people;
    private final MeetingChoices choices;
    private final FormSubmissions submissions;

    MeetingController(MeetingDirectory meetings, MeetingManagement management, AreaDirectory areas,
            PersonDirectory people, MeetingChoices choices, FormSubmissions submissions) {
        this.meetings = meetings;
        this.management = management;
        this.areas = areas;
        this.people = people;
        this.choices = choices;
        this.submissions = submissions;
    }

    @ModelAttribute("meetingKinds")
    MeetingKind[] meetingKinds() {
        return MeetingKind.values();
    }

    @GetMapping
    String list(@ModelAttribute MeetingListQuery query, @AuthenticationPrincipal SignedInUser user, Model model) {
        AreaScope scope = areas.scopeOf(user);
        RecordFilter filter = query.filter();
        MeetingKind kindFilter = query.kindFilter();
        model.addAttribute("meetings", meetings.meetings(filter.areaId(), filter.from(), filter.to(), kindFilter,
                scope, query.pageRequest(PAGE_SIZE)));
        model.addAttribute("area", filter.areaId());
        model.addAttribute("from", filter.from());
        model.addAttribute("to", filter.to());
        model.addAttribute("kind", kindFilter);
        model.addAttribute("areaChoices", choices.conveningAreas(scope));
        model.addAttribute("canEdit", user.hasAny(MeetingAccess.WRITE));
        model.addAttribute("baseUrl", query.link());
        return "meeting/list";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        ItemForm item = new ItemForm();
        item.setSubmissionKey(FormSubmissions.newKey());
        model.addAttribute("item", item);
        return detailPage(id, user, model);
    }

    @GetMapping("/new")
    String newMeeting(@AuthenticationPrincipal SignedInUser user, Model model) {
        MeetingForm form = new MeetingForm();
        form.setSubmissionKey(FormSubmissions.newKey());
        form.setKind(MeetingKind.JOINT_MEETING);
        form.setHeldOn(meetings.today());
        form.setAreaId(user.scopeAreaId());
        form.addBlankRows();
        model.addAttribute("meeting", form);
        return form(user, model, null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("meeting") MeetingForm form, BindingResult errors,
            @RequestParam(required = false) String addRows, @AuthenticationPrincipal SignedInUser user, Model model,
            RedirectAttributes redirect) {
        form.setId(null);
        if (addRows != null) {
            form.addBlankRows();
            return form(user, model, null);
        }
        form.validate(errors);
        if (errors.hasErrors()) {
            return form(user, model, null);
        }
        try {
            String target = submissions.once(form.getSubmissionKey(), () -> "/meetings/" + management.createMeeting(
                    form.toData(), form.itemData(), user.accountId(), areas.scopeOf(user)).id());
            redirect.addFlashAttribute("flash", "meeting.created");
            return "redirect:" + target;
        } catch (RejectedInput e) {
            RejectedInputs.show(form.onFormRows(e), errors);
            return form(user, model, null);
        }
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        AreaScope scope = areas.scopeOf(user);
        MeetingView meeting = convened(id, scope);
        model.addAttribute("meeting", MeetingForm.of(meeting));
        return form(user, model, meeting);
    }

    @PostMapping("/{id}")
    String change(@PathVariable long id, @Valid @ModelAttribute("meeting") MeetingForm form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        AreaScope scope = areas.scopeOf(user);
        MeetingView current = convened(id, scope);
        form.setId(id);
        form.setItems(null);
        if (errors.hasErrors()) {
            return form(user, model, current);
        }
        try {
            management.changeMeeting(id, form.getVersion(), form.toData(), scope);
        } catch (StaleEditException e) {
            form(user, model, current);
            return StaleEdits.showConflict(FORM, model, response);
        } catch (RejectedInput e) {
            RejectedInputs.show(e, errors);
            return form(user, model, current);
        }
        redirect.addFlashAttribute("flash", "meeting.saved");
        return "redirect:/meetings/" + id;
    }

    @PostMapping("/{id}/actions")
    String addItem(@PathVariable long id, @Valid @ModelAttribute("item") ItemForm form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        AreaScope scope = areas.scopeOf(user);
        convened(id, scope);
        form.validate(errors);
        if (errors.hasErrors()) {
            return detailPage(id, user, model);
        }
        try {
            submissions.once(form.getSubmissionKey(), () -> {
                management.addItem(id, form.toData(), scope);
                return "/meetings/" + id;
            });
        } catch (RejectedInput e) {
            RejectedInputs.show(e, errors);
            return detailPage(id, user, model);
        }
        redirect.addFlashAttribute("flash", "meeting.item.added");
        return "redirect:/meetings/" + id + "#items";
    }

    /** A meeting the user may change: convened within the scope (seeing it through an owned item is not enough). */
    private MeetingView convened(long id, AreaScope scope) {
        MeetingView meeting = meetings.meeting(id, scope);
        if (!meetings.convenedWithin(id, scope)) {
            throw new org.gridwatch.shared.web.RecordNotFoundException("JointMeeting", id);
        }
        return meeting;
    }

    private String detailPage(long id, SignedInUser user, Model model) {
        AreaScope scope = areas.scopeOf(user);
        model.addAttribute("meetingView", meetings.meeting(id, scope));
        model.addAttribute("items", meetings.itemsOf(id, scope));
        model.addAttribute("history", meetings.meetingHistory(id, scope));
        boolean canEdit = user.hasAny(MeetingAccess.WRITE) && meetings.convenedWithin(id, scope);
        model.addAttribute("canEdit", canEdit);
        model.addAttribute("me", people.ofAccount(user.accountId()).map(PersonSummary::id).orElse(null));
        model.addAttribute("supervisor", user.hasAny(MeetingAccess.SUPERVISE));
        if (canEdit) {
            model.addAttribute("ownerChoices", choices.owners(scope));
        }
        return DETAIL;
    }

    private String form(SignedInUser user, Model model, MeetingView current) {
        AreaScope scope = areas.scopeOf(user);
        List<Participant> people = current == null ? List.of() : current.people();
        List<Participant> units = current == null ? List.of() : current.partnerUnits();
        model.addAttribute("areaChoices", choices.conveningAreas(scope));
        model.addAttribute("teamChoices", choices.teams(scope));
        model.addAttribute("peopleChoices", choices.people(scope, people));
        model.addAttribute("unitChoices", choices.partnerUnits(scope, units));
        model.addAttribute("ownerChoices", choices.owners(scope));
        return FORM;
    }
}
