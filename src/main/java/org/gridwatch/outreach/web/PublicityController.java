package org.gridwatch.outreach.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.gridwatch.area.AreaScope;
import org.gridwatch.fieldwork.RecordKind;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.outreach.OutreachSearch;
import org.gridwatch.outreach.PublicityEvents;
import org.gridwatch.outreach.PublicityTopic;
import org.gridwatch.outreach.PublicityView;
import org.gridwatch.photo.Photos;
import org.gridwatch.place.PlaceDirectory;
import org.gridwatch.place.PlaceView;
import org.gridwatch.shared.RejectedInput;
import org.gridwatch.shared.paging.ListPage;
import org.gridwatch.shared.web.FormSubmissions;
import org.gridwatch.shared.web.QueryParams;
import org.gridwatch.shared.web.RejectedInputs;
import org.gridwatch.shared.web.StaleEditException;
import org.gridwatch.shared.web.StaleEdits;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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

/** Publicity events: list with filters and export, log (phone-first), detail with photos and history, edit. */
@Controller
@RequestMapping("/publicity")
class PublicityController {

    private static final String FORM = "outreach/publicityForm";
    private static final RecordKind KIND = RecordKind.PUBLICITY;

    private final PublicityEvents events;
    private final OutreachPages pages;
    private final PlaceDirectory places;
    private final FormSubmissions submissions;

    PublicityController(PublicityEvents events, OutreachPages pages, PlaceDirectory places,
            FormSubmissions submissions) {
        this.events = events;
        this.pages = pages;
        this.places = places;
        this.submissions = submissions;
    }

    @ModelAttribute("kind")
    RecordKind kind() {
        return KIND;
    }

    @ModelAttribute("topics")
    PublicityTopic[] topics() {
        return PublicityTopic.values();
    }

    @GetMapping
    String list(@ModelAttribute PublicityListQuery query, @AuthenticationPrincipal SignedInUser user, Model model) {
        AreaScope scope = pages.scope(user);
        OutreachSearch search = query.search();
        ListPage<PublicityView> records = events.search(search, scope,
                query.pageRequest(OutreachPages.PAGE_SIZE));
        model.addAttribute("records", records);
        model.addAttribute("placeNames", placeNames(records.getContent(), scope));
        pages.listModel(model, user, KIND, search, "topic", QueryParams.enumOrNull(PublicityTopic.class, query.topic()),
                sort(query.sort()), PublicityEvents.sorts());
        model.addAttribute("labels", pages.labels());
        return "outreach/publicityList";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@ModelAttribute PublicityListQuery query,
            @AuthenticationPrincipal SignedInUser user) {
        AreaScope scope = pages.scope(user);
        OutreachSearch search = query.search();
        List<PublicityView> found = events.export(search, scope, OutreachPages.EXPORT_LIMIT);
        Map<Long, String> placeNames = placeNames(found, scope);
        OutreachPages.Labels labels = pages.labels();
        List<List<?>> rows = new ArrayList<>();
        for (PublicityView e : found) {
            rows.add(Arrays.asList(labels.time(e.facts().occurredAt()), labels.grid(e.facts().gridId()),
                    pages.message(e.topic().labelKey()), e.title(), placeNames.get(e.placeId()), e.venue(),
                    e.audienceSize(), labels.people(e.facts().personIds()), e.facts().notes(),
                    e.facts().campaignId(), e.facts().lat(), e.facts().lon(), e.facts().recordedByName(),
                    labels.time(e.facts().recordedAt())));
        }
        return pages.export(KIND, List.of("fieldwork.occurredAt", "outreach.gridPath", "outreach.publicity.topic",
                "outreach.publicity.title", "outreach.publicity.place.short", "outreach.publicity.venue",
                "outreach.publicity.audienceSize", "fieldwork.people", "fieldwork.notes", "fieldwork.campaign",
                "outreach.lat", "outreach.lon", "fieldwork.recordedBy", "fieldwork.recordedAt"), rows);
    }

    /** The places of a grid of the scope, for the place picker when the grid changes ({@code [{id, label}]}). */
    @GetMapping("/places")
    @ResponseBody
    List<Map<String, Object>> placesOfGrid(@RequestParam(required = false) String gridId,
            @AuthenticationPrincipal SignedInUser user) {
        return placeChoices(QueryParams.longOrNull(gridId), pages.scope(user)).stream()
                .map(c -> Map.<String, Object>of("id", c.value(), "label", c.label())).toList();
    }

    @GetMapping("/new")
    String newEvent(@AuthenticationPrincipal SignedInUser user, Model model) {
        PublicityForm form = new PublicityForm();
        pages.startNew(form, user);
        model.addAttribute("form", form);
        return form(user, model, form);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") PublicityForm form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        form.setId(null);
        form.validate(errors, pages.clock().instant(), pages.zone());
        pages.validatePhotos(form, 0, errors);
        pages.checkCampaign(form, user, errors);
        if (errors.hasErrors()) {
            return form(user, model, form);
        }
        try {
            String target = submissions.once(form.getSubmissionKey(), () -> KIND.detailPath(events.create(
                    form.toData(pages.zone()), form.getPhotos(), pages.recorder(user), pages.scope(user)).id()));
            redirect.addFlashAttribute("submitted", form.getSubmissionKey());
            redirect.addFlashAttribute("flash", "outreach.publicity.created");
            return "redirect:" + target;
        } catch (RejectedInput e) {
            RejectedInputs.show(e, errors);
        }
        return form(user, model, form);
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        AreaScope scope = pages.scope(user);
        PublicityView record = events.get(id, scope);
        model.addAttribute("record", record);
        model.addAttribute("placeName", placeNames(List.of(record), scope).get(record.placeId()));
        model.addAttribute("photos", events.photos(id, scope));
        model.addAttribute("history", events.history(id, scope));
        model.addAttribute("labels", pages.labels());
        model.addAttribute("canEdit", OutreachAccess.mayEdit(user, record.facts()));
        return "outreach/publicityDetail";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        PublicityView record = events.get(id, pages.scope(user));
        OutreachAccess.requireEdit(user, record.facts());
        PublicityForm form = PublicityForm.of(record, pages.zone());
        model.addAttribute("form", form);
        return form(user, model, form);
    }

    @PostMapping("/{id}")
    String change(@PathVariable long id, @Valid @ModelAttribute("form") PublicityForm form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        AreaScope scope = pages.scope(user);
        OutreachAccess.requireEdit(user, events.get(id, scope).facts());
        form.setId(id);
        form.validate(errors, pages.clock().instant(), pages.zone());
        pages.validatePhotos(form, events.photos(id, scope).size(), errors);
        pages.checkCampaign(form, user, errors);
        if (errors.hasErrors()) {
            return form(user, model, form);
        }
        try {
            events.change(id, form.getVersion(), form.toData(pages.zone()), form.getPhotos(), user.accountId(),
                    scope);
        } catch (StaleEditException | ObjectOptimisticLockingFailureException e) {
            form(user, model, form);
            return StaleEdits.showConflict(FORM, model, response);
        } catch (RejectedInput e) {
            RejectedInputs.show(e, errors);
            return form(user, model, form);
        }
        redirect.addFlashAttribute("flash", "outreach.publicity.saved");
        return "redirect:" + KIND.detailPath(id);
    }

    @GetMapping("/{id}/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId,
            @RequestParam(required = false) String size, @AuthenticationPrincipal SignedInUser user) {
        return Photos.response(events.photo(id, photoId, "thumb".equals(size), pages.scope(user)));
    }

    private String form(SignedInUser user, Model model, PublicityForm form) {
        pages.formModel(model, user);
        model.addAttribute("placeChoices", placeChoices(form.getGridId(), pages.scope(user)));
        return FORM;
    }

    /** The places of a grid of the scope by name (none for a grid outside it). */
    private List<Choice> placeChoices(Long gridId, AreaScope scope) {
        if (gridId == null) {
            return List.of();
        }
        return places.inGrid(gridId, null, scope).stream().map(p -> new Choice(p.id(), p.name())).toList();
    }

    private Map<Long, String> placeNames(List<PublicityView> records, AreaScope scope) {
        return records.stream().map(PublicityView::placeId).filter(Objects::nonNull).distinct()
                .collect(Collectors.toMap(id -> id,
                        id -> places.find(id, scope).map(PlaceView::name).orElse("#" + id)));
    }

    private static String sort(String sort) {
        return sort != null && PublicityEvents.sorts().contains(sort) ? sort : "newest";
    }
}
