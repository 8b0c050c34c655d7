package org.gridwatch.hazard.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gridwatch.area.AreaScope;
import org.gridwatch.fieldwork.CaseDue;
import org.gridwatch.fieldwork.FieldworkChoices;
import org.gridwatch.fieldwork.Origin;
import org.gridwatch.fieldwork.PersonChoice;
import org.gridwatch.fieldwork.RecordKind;
import org.gridwatch.hazard.HazardActor;
import org.gridwatch.hazard.HazardCategory;
import org.gridwatch.hazard.HazardDetails;
import org.gridwatch.hazard.HazardDirectory;
import org.gridwatch.hazard.HazardFoundBy;
import org.gridwatch.hazard.HazardManagement;
import org.gridwatch.hazard.HazardRow;
import org.gridwatch.hazard.HazardSearch;
import org.gridwatch.hazard.HazardSeverity;
import org.gridwatch.hazard.HazardState;
import org.gridwatch.hazard.HazardView;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.photo.Photos;
import org.gridwatch.place.PartnerDirectory;
import org.gridwatch.place.PartnerView;
import org.gridwatch.place.PlaceDirectory;
import org.gridwatch.place.PlaceView;
import org.gridwatch.shared.RejectedInput;
import org.gridwatch.shared.spreadsheet.SpreadsheetUploads;
import org.gridwatch.shared.spreadsheet.Spreadsheets;
import org.gridwatch.shared.web.DateDisplay;
import org.gridwatch.shared.web.FormSubmissions;
import org.gridwatch.shared.web.PhoneMask;
import org.gridwatch.shared.web.QueryParams;
import org.gridwatch.shared.web.RejectedInputs;
import org.gridwatch.shared.web.StaleEditException;
import org.gridwatch.shared.web.StaleEdits;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Hazards: the list with filters and export, the record form (new and edit), the detail page and the photos. */
@Controller
@RequestMapping("/hazards")
class HazardController {

    /** Who works with hazards: everyone but mediators; all of them may also record one. */
    private static final String FORM = "hazard/form";
    private static final int PAGE_SIZE = 20;
    private static final int PARTNER_SUGGESTIONS = 100;

    private final HazardDirectory directory;
    private final HazardManagement management;
    private final FieldworkChoices choices;
    private final PlaceDirectory places;
    private final PartnerDirectory partners;
    private final FormSubmissions submissions;
    private final Photos photos;
    private final MessageSource messages;
    private final DateDisplay dates;
    private final PhoneMask phones;
    private final Clock clock;

    HazardController(HazardDirectory directory, HazardManagement management, FieldworkChoices choices,
            PlaceDirectory places, PartnerDirectory partners, FormSubmissions submissions, Photos photos,
            MessageSource messages, DateDisplay dates, PhoneMask phones, Clock clock) {
        this.clock = clock;
        this.directory = directory;
        this.management = management;
        this.choices = choices;
        this.places = places;
        this.partners = partners;
        this.submissions = submissions;
        this.photos = photos;
        this.messages = messages;
        this.dates = dates;
        this.phones = phones;
    }

    @ModelAttribute("categories")
    HazardCategory[] categories() {
        return HazardCategory.values();
    }

    @ModelAttribute("severities")
    HazardSeverity[] severities() {
        return HazardSeverity.values();
    }

    @ModelAttribute("foundByOptions")
    HazardFoundBy[] foundByOptions() {
        return HazardFoundBy.values();
    }

    @GetMapping
    String list(@ModelAttribute HazardListQuery.Params params, @AuthenticationPrincipal SignedInUser user,
            Model model) {
        HazardListQuery query = params.read();
        String prefix = choices.pathPrefix(query.filter(), user);
        model.addAttribute("hazards", directory.search(query.search(), prefix, params.pageRequest(PAGE_SIZE)));
        model.addAttribute("query", query);
        model.addAttribute("stateValue", query.stateValue());
        model.addAttribute("filterOpen", query.narrowed());
        model.addAttribute("areaChoices", choices.filterAreas(user, query.filter().areaId()));
        model.addAttribute("personChoices", choices.filterPeople(user, query.filter()));
        model.addAttribute("states", HazardState.values());
        model.addAttribute("dueLevels", CaseDue.values());
        model.addAttribute("sorts", HazardSearch.SORTS);
        model.addAttribute("baseUrl", query.url("/hazards", true));
        model.addAttribute("sortBaseUrl", query.url("/hazards", false));
        model.addAttribute("exportUrl", query.url("/hazards/export", true));
        return "hazard/list";
    }

    /** Exactly the rows the list shows for these filters, within the scope, as an Excel workbook (Chinese headers). */
    @GetMapping("/export")
    ResponseEntity<byte[]> export(@ModelAttribute HazardListQuery.Params params,
            @AuthenticationPrincipal SignedInUser user) {
        HazardListQuery query = params.read();
        List<HazardRow> rows = directory.export(query.search(), choices.pathPrefix(query.filter(), user));
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        List<String> headers = List.of("hazard.export.id", "hazard.category", "hazard.severity", "hazard.state",
                "hazard.description", "fieldwork.grid", "hazard.place", "hazard.responsibleUnit",
                "hazard.responsiblePerson", "hazard.responsiblePhone", "hazard.foundBy", "hazard.foundAt",
                "hazard.noticeDeadline", "hazard.dueAt", "hazard.due", "hazard.owner", "hazard.rectifiedAt",
                "hazard.verifiedAt").stream().map(key -> messages.getMessage(key, null, zh)).toList();
        List<List<?>> cells = new ArrayList<>();
        for (HazardRow r : rows) {
            cells.add(java.util.Arrays.asList(r.id(), text(r.category().labelKey(), zh), text(r.severity().labelKey(), zh),
                    text(r.state().labelKey(), zh), r.description(), r.gridLabel(), r.placeName(), r.responsibleUnit(),
                    r.responsiblePerson(), r.responsiblePhone() == null ? null : phones.masked(r.responsiblePhone()),
                    text(r.foundBy().labelKey(), zh), dates.dateTime(r.foundAt()),
                    r.noticeDeadline() == null ? null : r.noticeDeadline().toString(),
                    r.dueAt() == null ? null : dates.dateTime(r.dueAt()), text(r.due().labelKey(), zh), r.ownerName(),
                    r.rectifiedAt() == null ? null : dates.dateTime(r.rectifiedAt()),
                    r.verifiedAt() == null ? null : dates.dateTime(r.verifiedAt())));
        }
        String sheet = messages.getMessage("hazard.list.title", null, zh);
        return SpreadsheetUploads.download(sheet + ".xlsx", Spreadsheets.write(sheet, headers, cells));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    @GetMapping("/new")
    String newHazard(@RequestParam(required = false) String origin, @RequestParam(required = false) String gridId,
            @RequestParam(required = false) String placeId, @RequestParam(required = false) String text,
            @AuthenticationPrincipal SignedInUser user, Model model) {
        AreaScope scope = choices.scope(user);
        HazardForm form = new HazardForm();
        form.setSubmissionKey(FormSubmissions.newKey());
        form.setFoundAt(LocalDateTime.ofInstant(clock.instant(), zone()).truncatedTo(ChronoUnit.MINUTES));
        Long grid = QueryParams.longOrNull(gridId);
        form.setGridId(choices.isGridInScope(grid, user) ? grid : choices.defaultGrid(user).orElse(null));
        Long place = QueryParams.longOrNull(placeId);
        if (place != null) {
            places.find(place, scope).ifPresent(p -> {
                form.setPlaceId(p.id());
                form.setGridId(p.gridId());
            });
        }
        choices.visibleOrigin(origin, user).ifPresent(o -> {
            form.setOrigin(o.text());
            form.setFoundBy(switch (o.kind()) {
                case PATROL -> HazardFoundBy.PATROL;
                case VISIT -> HazardFoundBy.VISIT;
                default -> null;
            });
        });
        if (text != null && !text.isBlank()) {
            form.setDescription(text.strip().length() > 2000 ? text.strip().substring(0, 2000) : text.strip());
        }
        model.addAttribute("hazard", form);
        return form(user, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("hazard") HazardForm form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        form.setId(null);
        form.setOrigin(choices.visibleOrigin(form.getOrigin(), user).map(Origin::text).orElse(null));
        form.tidyHiddenFields();
        photos.validate(form.getPhotos(), 0, errors, "photos");
        if (errors.hasErrors()) {
            return form(user, model);
        }
        AreaScope scope = choices.scope(user);
        HazardActor actor = management.actor(user);
        try {
            String target = submissions.once(form.getSubmissionKey(), () -> RecordKind.HAZARD.detailPath(
                    management.create(form.toData(zone()), form.getPhotos(), actor, scope)));
            redirect.addFlashAttribute("flash", "hazard.created");
            redirect.addFlashAttribute("submitted", form.getSubmissionKey());
            return "redirect:" + target;
        } catch (RejectedInput e) {
            RejectedInputs.show(e, errors);
            return form(user, model);
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        AreaScope scope = choices.scope(user);
        HazardDetails details = directory.get(id, scope);
        HazardActor actor = management.actor(user);
        HazardState state = details.hazard().state();
        model.addAttribute("details", details);
        model.addAttribute("h", details.hazard());
        model.addAttribute("history", directory.history(id, scope));
        model.addAttribute("canEdit", state.open());
        model.addAttribute("canNotify", state == HazardState.FOUND);
        model.addAttribute("canRectify", state == HazardState.NOTIFIED || state == HazardState.REOPENED);
        model.addAttribute("awaitsVerification", state == HazardState.RECTIFIED);
        model.addAttribute("mayVerify", actor.mayVerify());
        model.addAttribute("rectifiedByMe", details.rectificationRecordedBy(actor));
        model.addAttribute("hasNotice", details.hazard().noticeDeadline() != null);
        return "hazard/detail";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        HazardView hazard = directory.view(id, choices.scope(user));
        if (!hazard.state().open()) {
            return "redirect:" + RecordKind.HAZARD.detailPath(id);
        }
        model.addAttribute("hazard", HazardForm.of(hazard, zone()));
        return form(user, model);
    }

    @PostMapping("/{id}")
    String change(@PathVariable long id, @Valid @ModelAttribute("hazard") HazardForm form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        AreaScope scope = choices.scope(user);
        HazardView current = directory.view(id, scope);
        form.setId(id);
        form.setOrigin(current.origin());
        form.tidyHiddenFields();
        photos.validate(form.getPhotos(), directory.beforePhotoCount(current.id()), errors, "photos");
        if (errors.hasErrors()) {
            return form(user, model);
        }
        try {
            management.change(id, form.getVersion(), form.toData(zone()), form.getOwnerPersonId(), form.getPhotos(),
                    management.actor(user), scope);
        } catch (StaleEditException e) {
            form(user, model);
            return StaleEdits.showConflict(FORM, model, response);
        } catch (RejectedInput e) {
            RejectedInputs.show(e, errors);
            return form(user, model);
        }
        redirect.addFlashAttribute("flash", "hazard.saved");
        return "redirect:" + RecordKind.HAZARD.detailPath(id);
    }

    /** A before- or after-photo (or its thumbnail with {@code size=thumb}), once the hazard is found in scope. */
    @GetMapping("/{id}/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId,
            @RequestParam(required = false) String size, @AuthenticationPrincipal SignedInUser user) {
        return Photos.response(directory.photo(id, photoId, "thumb".equals(size), choices.scope(user)));
    }

    /** The place picker for a grid (htmx swaps it in when the grid changes). */
    @GetMapping("/place-choices")
    String placeChoices(@RequestParam(required = false) String gridId, @RequestParam(required = false) String placeId,
            @AuthenticationPrincipal SignedInUser user, Model model) {
        Long grid = QueryParams.longOrNull(gridId);
        model.addAttribute("places", placesOf(grid, user));
        model.addAttribute("selectedPlace", QueryParams.longOrNull(placeId));
        return "hazard/placeOptions";
    }

    private List<PlaceView> placesOf(Long gridId, SignedInUser user) {
        return choices.isGridInScope(gridId, user) ? places.inGrid(gridId, null, choices.scope(user)) : List.of();
    }

    private String form(SignedInUser user, Model model) {
        HazardForm form = (HazardForm) model.getAttribute("hazard");
        model.addAttribute("gridChoices", choices.grids(user));
        model.addAttribute("places", placesOf(form == null ? null : form.getGridId(), user));
        model.addAttribute("selectedPlace", form == null ? null : form.getPlaceId());
        model.addAttribute("unitSuggestions", partners.search("", null, null, choices.scope(user),
                PageRequest.of(0, PARTNER_SUGGESTIONS)).map(PartnerView::name).getContent());
        List<PersonChoice> people = choices.people(user);
        model.addAttribute("ownerChoices", people);
        if (form != null && form.getOriginRecord() != null) {
            model.addAttribute("originRecord", form.getOriginRecord());
        }
        return FORM;
    }

    private ZoneId zone() {
        return dates.zone();
    }
}
