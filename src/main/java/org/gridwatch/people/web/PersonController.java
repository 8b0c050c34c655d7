package org.gridwatch.people.web;

import org.gridwatch.shared.RejectedInput;
import org.gridwatch.shared.web.FormSubmissions;
import org.gridwatch.shared.web.QueryParams;
import org.gridwatch.area.AreaChoice;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.people.MediatorKind;
import org.gridwatch.people.PeopleManagement;
import org.gridwatch.people.PersonDetails;
import org.gridwatch.people.PersonDirectory;
import org.gridwatch.people.PersonKind;
import org.gridwatch.shared.web.DateDisplay;
import org.gridwatch.shared.web.RecordNotFoundException;
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

/** The people register: list, detail with history and concurrent posts, create and edit, and the area panel. */
@Controller
@RequestMapping("/people")
class PersonController {

    private static final String FORM = "people/personForm";
    private static final int PAGE_SIZE = 20;

    private final PersonDirectory people;
    private final PeopleManagement management;
    private final FormSubmissions submissions;
    private final AreaDirectory areas;
    private final AreaChoices choices;
    private final AccountManagement accounts;
    private final Clock clock;
    private final DateDisplay dates;

    PersonController(PersonDirectory people, PeopleManagement management, AreaDirectory areas, AreaChoices choices,
            AccountManagement accounts, Clock clock, DateDisplay dates, FormSubmissions submissions) {
        this.submissions = submissions;
        this.people = people;
        this.management = management;
        this.areas = areas;
        this.choices = choices;
        this.accounts = accounts;
        this.clock = clock;
        this.dates = dates;
    }

    @ModelAttribute("personKinds")
    PersonKind[] personKinds() {
        return PersonKind.values();
    }

    @ModelAttribute("mediatorKinds")
    MediatorKind[] mediatorKinds() {
        return MediatorKind.values();
    }

    @GetMapping
    String list(@ModelAttribute PersonListQuery query, @AuthenticationPrincipal SignedInUser user, Model model) {
        AreaScope scope = areas.scopeOf(user);
        Long areaId = query.areaId();
        model.addAttribute("people", people.search(query.text(), query.kindFilter(), areaId, query.activeFilter(),
                scope, query.pageRequest(PAGE_SIZE)));
        model.addAttribute("q", query.text());
        model.addAttribute("kind", query.kindFilter());
        model.addAttribute("area", areaId);
        model.addAttribute("active", query.activeValue());
        model.addAttribute("areaChoices", choices.tree(scope, areaId));
        model.addAttribute("canEdit", user.hasAny(PeopleAccess.WRITE));
        model.addAttribute("baseUrl", query.link());
        return "people/personList";
    }

    @GetMapping("/panel")
    String panel(@RequestParam(required = false) String area, @AuthenticationPrincipal SignedInUser user,
            Model model) {
        Long areaId = QueryParams.longOrNull(area);
        if (areaId == null) {
            throw new RecordNotFoundException("Area", area);
        }
        model.addAttribute("panel", people.panel(areaId, areas.scopeOf(user)));
        model.addAttribute("areaId", areaId);
        return "people/panel :: panel";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("postForm", new PostForm());
        return detailPage(id, user, model);
    }

    @GetMapping("/new")
    String newPerson(@RequestParam(required = false) String kind, @AuthenticationPrincipal SignedInUser user,
            Model model) {
        PersonKind chosen = QueryParams.enumOrNull(PersonKind.class, kind);
        if (chosen == null) {
            return "people/chooseKind";
        }
        PersonForm form = PersonForm.ofKind(chosen);
        form.setSubmissionKey(FormSubmissions.newKey());
        model.addAttribute("person", form);
        return form(user, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("person") PersonForm form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        form.setId(null);
        if (form.getKind() == null) {
            return "people/chooseKind";
        }
        if (errors.hasErrors()) {
            return form(user, model);
        }
        try {
            String target = submissions.once(form.getSubmissionKey(),
                    () -> "/people/" + management.create(form.toData(), areas.scopeOf(user)).person().id());
            redirect.addFlashAttribute("flash", "person.created");
            return "redirect:" + target;
        } catch (RejectedInput e) {
            RejectedInputs.show(e, errors);
            return form(user, model);
        }
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        PersonDetails details = people.details(id, areas.scopeOf(user));
        model.addAttribute("person", PersonForm.of(details, username(details.person().accountId())));
        return form(user, model);
    }

    @PostMapping("/{id}")
    String change(@PathVariable long id, @Valid @ModelAttribute("person") PersonForm form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        AreaScope scope = areas.scopeOf(user);
        PersonDetails current = people.details(id, scope);
        form.setId(id);
        form.setKind(current.person().kind());
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
        redirect.addFlashAttribute("flash", "person.saved");
        return "redirect:/people/" + id;
    }

    @PostMapping("/{id}/posts")
    String addPost(@PathVariable long id, @Valid @ModelAttribute("postForm") PostForm form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        AreaScope scope = areas.scopeOf(user);
        people.get(id, scope);
        form.validate(errors);
        if (!errors.hasErrors()) {
            try {
                management.addPost(id, form.toData(), scope);
                redirect.addFlashAttribute("flash", "post.added");
                return "redirect:/people/" + id;
            } catch (RejectedInput e) {
                RejectedInputs.show(e, errors);
            }
        }
        model.addAttribute("postFormOpen", true);
        return detailPage(id, user, model);
    }

    @PostMapping("/{id}/posts/{postId}/end")
    String endPost(@PathVariable long id, @PathVariable long postId, @RequestParam(required = false) String version,
            @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        Long expected = QueryParams.longOrNull(version);
        try {
            LocalDate today = LocalDate.now(clock.withZone(dates.zone()));
            management.endPost(id, postId, expected == null ? -1 : expected, today, areas.scopeOf(user));
            redirect.addFlashAttribute("flash", "post.ended");
        } catch (RejectedInput e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/people/" + id;
    }

    private String detailPage(long id, SignedInUser user, Model model) {
        AreaScope scope = areas.scopeOf(user);
        PersonDetails details = people.details(id, scope);
        model.addAttribute("details", details);
        model.addAttribute("p", details.person());
        model.addAttribute("homeLabel", choices.label(details.person().homeAreaId()));
        model.addAttribute("accountUsername", username(details.person().accountId()));
        model.addAttribute("posts", people.posts(id, scope));
        model.addAttribute("postLabels", choices.communities(scope).stream()
                .collect(java.util.stream.Collectors.toMap(AreaChoice::value, AreaChoice::label)));
        model.addAttribute("communityChoices", choices.communities(scope));
        model.addAttribute("today", LocalDate.now(clock.withZone(dates.zone())));
        model.addAttribute("history", people.history(id, scope));
        model.addAttribute("canEdit", user.hasAny(PeopleAccess.WRITE));
        return "people/personDetail";
    }

    private String username(Long accountId) {
        return accountId == null ? null : accounts.get(accountId).username();
    }

    private String form(SignedInUser user, Model model) {
        model.addAttribute("homeChoices", choices.homeAreas(areas.scopeOf(user)));
        return FORM;
    }
}
