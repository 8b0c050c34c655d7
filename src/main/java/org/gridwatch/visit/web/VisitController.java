package org.gridwatch.visit.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridwatch.area.AreaScope;
import org.gridwatch.fieldwork.FieldworkChoices;
import org.gridwatch.fieldwork.RecordFilter;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.photo.PhotoView;
import org.gridwatch.photo.Photos;
import org.gridwatch.place.PlaceDirectory;
import org.gridwatch.place.PlaceKind;
import org.gridwatch.place.PlaceView;
import org.gridwatch.shared.RejectedInput;
import org.gridwatch.shared.web.FormSubmissions;
import org.gridwatch.shared.web.QueryParams;
import org.gridwatch.shared.web.RecordNotFoundException;
import org.gridwatch.shared.web.RejectedInputs;
import org.gridwatch.shared.web.StaleEditException;
import org.gridwatch.shared.web.StaleEdits;
import org.gridwatch.visit.Recorder;
import org.gridwatch.visit.VisitCategory;
import org.gridwatch.visit.VisitDirectory;
import org.gridwatch.visit.VisitKind;
import org.gridwatch.visit.VisitManagement;
import org.gridwatch.visit.VisitView;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** Logging a visit, its detail page with photos and history, editing it, and the place picker's JSON. */
@Controller
@RequestMapping("/visits")
class VisitController {

    static final ZoneId ZONE = RecordFilter.ZONE;
    private static final String FORM = "visit/form";
    /** How much of what was learned travels into a dispute or hazard form opened from the visit. */
    private static final int HANDOVER_TEXT = 500;

    private final VisitDirectory visits;
    private final VisitManagement management;
    private final FieldworkChoices choices;
    private final PlaceDirectory places;
    private final Photos photos;
    private final FormSubmissions submissions;
    private final VisitLabels labels;
    private final Clock clock;

    VisitController(VisitDirectory visits, VisitManagement management, FieldworkChoices choices,
            PlaceDirectory places, Photos photos, FormSubmissions submissions, VisitLabels labels, Clock clock) {
        this.visits = visits;
        this.management = management;
        this.choices = choices;
        this.places = places;
        this.photos = photos;
        this.submissions = submissions;
        this.labels = labels;
        this.clock = clock;
    }

    @ModelAttribute("visitKinds")
    VisitKind[] visitKinds() {
        return VisitKind.values();
    }

    @ModelAttribute("satisfactions")
    org.gridwatch.fieldwork.Satisfaction[] satisfactions() {
        return org.gridwatch.fieldwork.Satisfaction.values();
    }

    @ModelAttribute("visitCategories")
    VisitCategory[] visitCategories() {
        return VisitCategory.values();
    }

    @GetMapping("/new")
    String newVisit(@RequestParam(required = false) String placeId, @RequestParam(required = false) String gridId,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String campaignId,
            @AuthenticationPrincipal SignedInUser user, Model model) {
        VisitForm form = new VisitForm();
        form.setSubmissionKey(FormSubmissions.newKey());
        form.setKind(Optional.ofNullable(QueryParams.enumOrNull(VisitKind.class, kind)).orElse(VisitKind.HOUSEHOLD));
        Long grid = QueryParams.longOrNull(gridId);
        form.setGridId(choices.isGridInScope(grid, user) ? grid : choices.defaultGrid(user).orElse(null));
        Long place = QueryParams.longOrNull(placeId);
        Optional<PlaceView> prefilled = place == null ? Optional.empty() : places.find(place, choices.scope(user));
        prefilled.ifPresent(p -> {
            form.setPlaceId(p.id());
            form.setGridId(p.gridId());
            if (!form.getKind().visits(p.kind())) {
                form.setKind(VisitKind.of(p.kind()));
            }
        });
        Long campaign = QueryParams.longOrNull(campaignId);
        form.setCampaignId(campaign != null && campaign > 0 ? campaign : null);
        form.setOccurredAt(LocalDateTime.now(clock.withZone(ZONE)).truncatedTo(ChronoUnit.MINUTES));
        choices.me(user).ifPresent(me -> form.getPersonIds().add(me));
        if (form.getPlaceId() == null && form.getGridId() != null && form.getKind().placeRequired()) {
            List<PlaceOption> options = placeOptions(form.getGridId(), form.getKind(), choices.scope(user));
            if (options.size() == 1) {
                form.setPlaceId(options.get(0).value());
            }
        }
        model.addAttribute("visit", form);
        return form(user, model, List.of());
    }

    @PostMapping
    String create(@Valid @ModelAttribute("visit") VisitForm form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        form.setId(null);
        check(form, errors, user, 0);
        if (errors.hasErrors()) {
            return form(user, model, List.of());
        }
        try {
            AreaScope scope = choices.scope(user);
            String target = submissions.once(form.getSubmissionKey(), () -> "/visits/"
                    + management.create(form.toData(ZONE), form.getPhotos(), scope, Recorder.of(user)).id());
            redirect.addFlashAttribute("flash", "visit.created");
            redirect.addFlashAttribute("submitted", form.getSubmissionKey());
            return "redirect:" + target;
        } catch (RejectedInput e) {
            RejectedInputs.show(e, errors);
        }
        return form(user, model, List.of());
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        AreaScope scope = choices.scope(user);
        VisitView visit = visits.get(id, scope);
        VisitLabels.Lookup lookup = labels.forUser(user);
        model.addAttribute("v", visit);
        model.addAttribute("gridLabel", lookup.gridLabel(visit.gridId()));
        model.addAttribute("people", lookup.peopleOf(visit));
        model.addAttribute("photos", visits.photos(id, scope));
        model.addAttribute("history", visits.history(id, scope));
        model.addAttribute("canEdit", VisitAccess.mayEdit(user, visit));
        model.addAttribute("today", LocalDate.now(clock.withZone(ZONE)));
        model.addAttribute("handover", handover(visit));
        return "visit/detail";
    }

    /** The query of a dispute or hazard form opened from this visit. */
    private static Map<String, String> handover(VisitView visit) {
        String text = visit.learned().length() > HANDOVER_TEXT ? visit.learned().substring(0, HANDOVER_TEXT)
                : visit.learned();
        Map<String, Object> values = new java.util.HashMap<>();
        values.put("origin", "VISIT-" + visit.id());
        values.put("grid", visit.gridId());
        values.put("place", visit.placeId() == null ? "" : visit.placeId());
        values.put("text", text);
        UriComponentsBuilder query = UriComponentsBuilder.newInstance()
                .queryParam("origin", "{origin}").queryParam("gridId", "{grid}");
        if (visit.placeId() != null) {
            query.queryParam("placeId", "{place}");
        }
        // variables are encoded strictly: "&", "=" or "+" in the text stay text
        String params = query.queryParam("text", "{text}").encode().buildAndExpand(values).getQuery();
        return Map.of("dispute", "/disputes/new?" + params, "hazard", "/hazards/new?" + params);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        AreaScope scope = choices.scope(user);
        VisitView visit = visits.get(id, scope);
        VisitAccess.requireEdit(user, visit);
        model.addAttribute("visit", VisitForm.of(visit, ZONE));
        return form(user, model, visits.photos(id, scope));
    }

    @PostMapping("/{id}")
    String change(@PathVariable long id, @Valid @ModelAttribute("visit") VisitForm form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        AreaScope scope = choices.scope(user);
        VisitAccess.requireEdit(user, visits.get(id, scope));
        List<PhotoView> attached = visits.photos(id, scope);
        form.setId(id);
        List<Long> removed = form.getRemovePhotoIds() == null ? List.of() : form.getRemovePhotoIds().stream()
                .filter(photoId -> photoId != null && attached.stream().anyMatch(p -> p.id() == photoId))
                .distinct().toList();
        check(form, errors, user, attached.size() - removed.size());
        if (errors.hasErrors()) {
            return form(user, model, attached);
        }
        try {
            management.change(id, form.getVersion(), form.toData(ZONE), form.getPhotos(), removed, scope,
                    Recorder.of(user));
        } catch (StaleEditException e) {
            form(user, model, attached);
            return StaleEdits.showConflict(FORM, model, response);
        } catch (RejectedInput e) {
            RejectedInputs.show(e, errors);
            return form(user, model, attached);
        }
        redirect.addFlashAttribute("flash", "visit.saved");
        return "redirect:/visits/" + id;
    }

    @PostMapping("/{id}/follow-up-done")
    String followUpDone(@PathVariable long id, @RequestParam(required = false) String version,
            @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        AreaScope scope = choices.scope(user);
        VisitView visit = visits.get(id, scope);
        VisitAccess.requireEdit(user, visit);
        Long expected = QueryParams.longOrNull(version);
        management.completeFollowUp(id, expected == null ? -1 : expected, scope);
        redirect.addFlashAttribute("flash", "visit.followUp.doneFlash");
        return "redirect:/visits/" + id;
    }

    @GetMapping("/{id}/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId,
            @RequestParam(required = false) String size, @AuthenticationPrincipal SignedInUser user) {
        return Photos.response(visits.photo(id, photoId, "thumb".equals(size), choices.scope(user)));
    }

    /** The places of a grid in scope that a kind of visit goes to, as {@code [{"value":…,"label":…}]}. */
    @GetMapping("/places")
    @ResponseBody
    List<PlaceOption> placeOptions(@RequestParam(required = false) String gridId,
            @RequestParam(required = false) String kind, @AuthenticationPrincipal SignedInUser user) {
        Long grid = QueryParams.longOrNull(gridId);
        if (!choices.isGridInScope(grid, user)) {
            throw new RecordNotFoundException("Grid", gridId);
        }
        return placeOptions(grid, QueryParams.enumOrNull(VisitKind.class, kind), choices.scope(user));
    }

    /** One place in the picker. */
    record PlaceOption(long value, String label) {
    }

    private List<PlaceOption> placeOptions(Long gridId, VisitKind kind, AreaScope scope) {
        if (gridId == null) {
            return List.of();
        }
        List<PlaceView> found = new ArrayList<>();
        if (kind == null || kind == VisitKind.OTHER) {
            found.addAll(places.inGrid(gridId, null, scope));
        } else {
            for (PlaceKind placeKind : kind.placeKinds()) {
                found.addAll(places.inGrid(gridId, placeKind, scope));
            }
        }
        return found.stream()
                .sorted(java.util.Comparator.comparing(PlaceView::name).thenComparing(PlaceView::id))
                .map(p -> new PlaceOption(p.id(), p.name())).toList();
    }

    /** Checks what only the web layer knows: the grid and people against the user's scope, and the photos. */
    private void check(VisitForm form, BindingResult errors, SignedInUser user, int alreadyAttached) {
        form.validate(errors, clock, ZONE);
        if (form.getPersonIds() != null && form.getPersonIds().contains(null)) {
            // a blank value among the people: no person, not an error of its own
            form.setPersonIds(form.getPersonIds().stream().filter(java.util.Objects::nonNull).toList());
            if (form.getPersonIds().isEmpty() && !errors.hasFieldErrors("personIds")) {
                errors.rejectValue("personIds", "visit.people.required");
            }
        }
        if (!errors.hasFieldErrors("gridId") && !choices.isGridInScope(form.getGridId(), user)) {
            errors.rejectValue("gridId", "visit.grid.invalid");
        }
        if (!errors.hasFieldErrors("personIds") && form.getPersonIds() != null
                && !choices.outsideScope(form.getPersonIds(), user).isEmpty()) {
            errors.rejectValue("personIds", "visit.people.invalid");
        }
        choices.checkCampaign(form.getCampaignId(), form.getGridId(), form.getOccurredAt(), errors, "campaignId");
        if (!errors.hasFieldErrors("photos")) {
            photos.validate(form.getPhotos(), alreadyAttached, errors, "photos");
        }
    }

    private String form(SignedInUser user, Model model, List<PhotoView> attached) {
        VisitForm form = (VisitForm) model.getAttribute("visit");
        AreaScope scope = choices.scope(user);
        Long gridId = form.getGridId() != null && choices.isGridInScope(form.getGridId(), user) ? form.getGridId()
                : null;
        model.addAttribute("gridChoices", choices.grids(user));
        model.addAttribute("peopleChoices", choices.people(user));
        model.addAttribute("campaignChoices", choices.campaigns(user, form.getGridId(), form.getOccurredAt(), form.getCampaignId()));
        model.addAttribute("placeChoices", placeOptions(gridId, form.getKind(), scope));
        model.addAttribute("attachedPhotos", attached);
        return FORM;
    }
}
