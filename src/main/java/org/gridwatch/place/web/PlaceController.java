package org.gridwatch.place.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.place.PlaceDirectory;
import org.gridwatch.place.PlaceKind;
import org.gridwatch.place.PlaceManagement;
import org.gridwatch.place.PlaceView;
import org.gridwatch.shared.RejectedInput;
import org.gridwatch.shared.paging.ListPage;
import org.gridwatch.shared.web.FormSubmissions;
import org.gridwatch.shared.web.QueryParams;
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

/** Places: list with filters, detail with history, create and edit, and the panel of the area page. */
@Controller
@RequestMapping("/places")
class PlaceController {

    private static final String FORM = "place/placeForm";
    private static final int PAGE_SIZE = 20;

    private final PlaceDirectory places;
    private final PlaceManagement management;
    private final FormSubmissions submissions;
    private final AreaDirectory areas;
    private final AreaChoices choices;

    PlaceController(PlaceDirectory places, PlaceManagement management, AreaDirectory areas, AreaChoices choices,
            FormSubmissions submissions) {
        this.submissions = submissions;
        this.places = places;
        this.management = management;
        this.areas = areas;
        this.choices = choices;
    }

    @ModelAttribute("placeKinds")
    PlaceKind[] placeKinds() {
        return PlaceKind.values();
    }

    @GetMapping
    String list(@ModelAttribute PlaceListQuery query, @AuthenticationPrincipal SignedInUser user, Model model) {
        AreaScope scope = areas.scopeOf(user);
        Long areaId = query.areaId();
        ListPage<PlaceView> found = places.search(query.search(), scope, query.pageRequest(PAGE_SIZE));
        model.addAttribute("places", found);
        model.addAttribute("q", query.text());
        model.addAttribute("kind", query.kindFilter());
        model.addAttribute("area", areaId);
        model.addAttribute("sort", query.sortBy());
        model.addAttribute("sorts", PlaceListQuery.SORTS);
        model.addAttribute("areaChoices", choices.tree(scope, areaId));
        model.addAttribute("gridLabels", choices.gridLabels(scope, found.map(PlaceView::gridId).getContent()));
        model.addAttribute("canEdit", user.hasAny(PlaceAccess.WRITE_PLACES));
        model.addAttribute("baseUrl", query.link());
        return "place/placeList";
    }

    @GetMapping("/panel")
    String panel(@RequestParam(required = false) String area, @AuthenticationPrincipal SignedInUser user,
            Model model) {
        Long areaId = QueryParams.longOrNull(area);
        if (areaId == null) {
            throw new RecordNotFoundException("Area", area);
        }
        model.addAttribute("panel", places.panel(areaId, areas.scopeOf(user)));
        model.addAttribute("areaId", areaId);
        return "place/panel :: panel";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        AreaScope scope = areas.scopeOf(user);
        PlaceView place = places.get(id, scope);
        model.addAttribute("place", place);
        model.addAttribute("gridLabel", choices.label(place.gridId()));
        model.addAttribute("history", places.history(id, scope));
        model.addAttribute("canEdit", user.hasAny(PlaceAccess.WRITE_PLACES));
        return "place/placeDetail";
    }

    @GetMapping("/new")
    String newPlace(@AuthenticationPrincipal SignedInUser user, Model model) {
        PlaceForm form = new PlaceForm();
        form.setSubmissionKey(FormSubmissions.newKey());
        model.addAttribute("place", form);
        return form(user, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("place") PlaceForm form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        form.setId(null);
        form.validate(errors);
        if (errors.hasErrors()) {
            return form(user, model);
        }
        try {
            String target = submissions.once(form.getSubmissionKey(),
                    () -> "/places/" + management.create(form.toData(), areas.scopeOf(user)).id());
            redirect.addFlashAttribute("flash", "place.created");
            return "redirect:" + target;
        } catch (RejectedInput e) {
            RejectedInputs.show(e, errors);
            return form(user, model);
        }
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("place", PlaceForm.of(places.get(id, areas.scopeOf(user))));
        return form(user, model);
    }

    @PostMapping("/{id}")
    String change(@PathVariable long id, @Valid @ModelAttribute("place") PlaceForm form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        AreaScope scope = areas.scopeOf(user);
        places.get(id, scope);
        form.setId(id);
        form.validate(errors);
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
        redirect.addFlashAttribute("flash", "place.saved");
        return "redirect:/places/" + id;
    }

    private String form(SignedInUser user, Model model) {
        model.addAttribute("gridChoices", choices.grids(areas.scopeOf(user)));
        return FORM;
    }
}
