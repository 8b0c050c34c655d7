package org.gridwatch.meeting.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.meeting.ActionCloser;
import org.gridwatch.meeting.ActionItemView;
import org.gridwatch.meeting.ActionStatus;
import org.gridwatch.meeting.MeetingDirectory;
import org.gridwatch.meeting.MeetingManagement;
import org.gridwatch.people.PersonDirectory;
import org.gridwatch.people.PersonSummary;
import org.gridwatch.shared.RejectedInput;
import org.gridwatch.shared.web.RejectedInputs;
import org.gridwatch.shared.web.StaleEditException;
import org.gridwatch.shared.web.StaleEdits;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
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

/** Action items: the list (mine, overdue, by status and area) and closing an item with a note. */
@Controller
@RequestMapping("/meetings/actions")
class ActionItemController {

    private static final String CLOSE = "meeting/close";
    private static final int PAGE_SIZE = 20;

    private final MeetingDirectory meetings;
    private final MeetingManagement management;
    private final AreaDirectory areas;
    private final PersonDirectory people;
    private final MeetingChoices choices;

    ActionItemController(MeetingDirectory meetings, MeetingManagement management, AreaDirectory areas,
            PersonDirectory people, MeetingChoices choices) {
        this.meetings = meetings;
        this.management = management;
        this.areas = areas;
        this.people = people;
        this.choices = choices;
    }

    @GetMapping
    String list(@ModelAttribute ActionItemListQuery query, @AuthenticationPrincipal SignedInUser user,
            Model model) {
        AreaScope scope = areas.scopeOf(user);
        Long me = me(user);
        PageRequest pageRequest = query.pageRequest(PAGE_SIZE);
        Page<ActionItemView> items = query.onlyMine() && me == null
                ? new PageImpl<>(java.util.List.of(), pageRequest, 0)
                : meetings.items(query.filter(me), scope, pageRequest);
        model.addAttribute("items", items);
        model.addAttribute("mine", query.onlyMine());
        model.addAttribute("overdue", query.onlyOverdue());
        model.addAttribute("status", query.statusFilter());
        model.addAttribute("statuses", ActionStatus.values());
        model.addAttribute("area", query.areaId());
        model.addAttribute("sort", query.sortBy());
        model.addAttribute("noPerson", me == null);
        model.addAttribute("me", me);
        model.addAttribute("supervisor", user.hasAny(MeetingAccess.SUPERVISE));
        model.addAttribute("areaChoices", choices.conveningAreas(scope));
        model.addAttribute("baseUrl", query.link());
        return "meeting/actions";
    }

    @GetMapping("/{id}/close")
    String closeForm(@PathVariable long id, @RequestParam(required = false) String from,
            @AuthenticationPrincipal SignedInUser user, Model model) {
        ActionItemView item = meetings.item(id, areas.scopeOf(user));
        requireMayClose(item, user);
        CloseForm form = new CloseForm();
        form.setVersion(item.version());
        form.setFrom(from);
        model.addAttribute("close", form);
        model.addAttribute("target", item);
        return CLOSE;
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable long id, @Valid @ModelAttribute("close") CloseForm form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        AreaScope scope = areas.scopeOf(user);
        ActionItemView item = meetings.item(id, scope);
        requireMayClose(item, user);
        model.addAttribute("target", item);
        if (errors.hasErrors()) {
            return CLOSE;
        }
        try {
            management.closeItem(id, form.getVersion(), form.getNote(), closer(user), scope);
        } catch (StaleEditException e) {
            return StaleEdits.showConflict(CLOSE, model, response);
        } catch (RejectedInput e) {
            RejectedInputs.show(e, errors);
            return CLOSE;
        }
        redirect.addFlashAttribute("flash", "meeting.item.closed");
        return "redirect:" + switch (form.getFrom() == null ? "" : form.getFrom()) {
            case "mine" -> "/meetings/actions?mine=true";
            case "overdue" -> "/meetings/actions?overdue=true";
            default -> "/meetings/" + item.meetingId() + "#items";
        };
    }

    /** The owner person, or a supervisor (SUPERVISOR, ADMIN); anyone else gets the 403 page. */
    private void requireMayClose(ActionItemView item, SignedInUser user) {
        Long me = me(user);
        boolean owner = me != null && me.equals(item.ownerPersonId());
        if (!owner && !user.hasAny(MeetingAccess.SUPERVISE)) {
            throw new AccessDeniedException("not the owner of action item " + item.id());
        }
    }

    private ActionCloser closer(SignedInUser user) {
        return new ActionCloser(user.accountId(), me(user), user.hasAny(MeetingAccess.SUPERVISE));
    }

    private Long me(SignedInUser user) {
        return people.ofAccount(user.accountId()).map(PersonSummary::id).orElse(null);
    }
}
