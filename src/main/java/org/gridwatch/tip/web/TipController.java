package org.gridwatch.tip.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gridwatch.area.AreaScope;
import org.gridwatch.fieldwork.FieldworkChoices;
import org.gridwatch.fieldwork.Origin;
import org.gridwatch.fieldwork.RecordFilter;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.photo.Photos;
import org.gridwatch.shared.RejectedInput;
import org.gridwatch.shared.spreadsheet.SpreadsheetUploads;
import org.gridwatch.shared.spreadsheet.Spreadsheets;
import org.gridwatch.shared.web.DateDisplay;
import org.gridwatch.shared.web.FormSubmissions;
import org.gridwatch.shared.web.NotAllowedException;
import org.gridwatch.shared.web.QueryParams;
import org.gridwatch.shared.web.RejectedInputs;
import org.gridwatch.shared.web.StaleEditException;
import org.gridwatch.shared.web.StaleEdits;
import org.gridwatch.tip.Recorder;
import org.gridwatch.tip.TipCategory;
import org.gridwatch.tip.TipDirectory;
import org.gridwatch.tip.TipManagement;
import org.gridwatch.tip.TipSearch;
import org.gridwatch.tip.TipSourceKind;
import org.gridwatch.tip.TipStatus;
import org.gridwatch.tip.TipView;
import org.springframework.context.MessageSource;
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

/** Tips: the list with its filters and Excel export, the logging form, edit, detail and photos. */
@Controller
@RequestMapping("/tips")
class TipController {

    private static final String FORM = "tip/form";
    private static final int PAGE_SIZE = 20;

    private final TipDirectory tips;
    private final TipManagement management;
    private final TipDetailPage detailPage;
    private final FieldworkChoices choices;
    private final Photos photos;
    private final FormSubmissions submissions;
    private final MessageSource messages;
    private final Clock clock;
    private final ZoneId zone;

    TipController(TipDirectory tips, TipManagement management, TipDetailPage detailPage, FieldworkChoices choices,
            Photos photos, FormSubmissions submissions, MessageSource messages, Clock clock, DateDisplay dates) {
        this.tips = tips;
        this.management = management;
        this.detailPage = detailPage;
        this.choices = choices;
        this.photos = photos;
        this.submissions = submissions;
        this.messages = messages;
        this.clock = clock;
        this.zone = dates.zone();
    }

    @ModelAttribute("categories")
    TipCategory[] categories() {
        return TipCategory.values();
    }

    @ModelAttribute("sourceKinds")
    TipSourceKind[] sourceKinds() {
        return TipSourceKind.values();
    }

    @ModelAttribute("statuses")
    TipStatus[] statuses() {
        return TipStatus.values();
    }

    @GetMapping
    String list(@ModelAttribute TipListQuery query, @AuthenticationPrincipal SignedInUser user, Model model) {
        TipSearch search = query.search();
        RecordFilter filter = search.filter();
        String prefix = choices.pathPrefix(filter, user);
        model.addAttribute("tips", tips.search(search, prefix, query.pageRequest(PAGE_SIZE)));
        model.addAttribute("counts", tips.countByStatus(new TipSearch(filter, search.category(), null, null), prefix));
        model.addAttribute("filter", filter);
        model.addAttribute("search", search);
        model.addAttribute("sorts", TipSearch.SORTS);
        model.addAttribute("filtered", filter.areaId() != null || filter.from() != null || filter.to() != null
                || filter.personId() != null || filter.campaignId() != null || search.category() != null
                || search.status() != null);
        model.addAttribute("areaChoices", choices.filterAreas(user, filter.areaId()));
        model.addAttribute("personChoices", choices.filterPeople(user, filter));
        model.addAttribute("canRecord", user.hasAny(TipAccess.RECORD));
        model.addAttribute("readsLog", user.hasAny(TipAccess.READ_ACCESS_LOG));
        model.addAttribute("query", query.link("/tips", false, true).toString());
        model.addAttribute("statusQuery", query.link("/tips", true, false).toString());
        model.addAttribute("baseUrl", query.link("/tips", true, true).toString());
        model.addAttribute("exportUrl", query.link("/tips/export", true, true).toString());
        return "tip/list";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@ModelAttribute TipListQuery query, @AuthenticationPrincipal SignedInUser user) {
        List<TipView> rows = tips.export(query.search(), choices.pathPrefix(query.filter(), user));
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        List<String> headers = List.of("tip.id", "tip.occurredAt", "tip.category", "tip.status", "tip.content",
                "tip.sourceKind", "tip.source.masked", "fieldwork.grid", "fieldwork.people", "tip.handedOverTo",
                "tip.dismissalReason", "fieldwork.campaign", "fieldwork.origin", "fieldwork.recordedBy",
                "fieldwork.recordedAt").stream().map(key -> messages.getMessage(key, null, zh)).toList();
        DateTimeFormatter minutes = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
        List<List<?>> cells = new ArrayList<>();
        for (TipView tip : rows) {
            cells.add(java.util.Arrays.asList(tip.id(), minutes.format(tip.occurredAt()),
                    messages.getMessage(tip.category().labelKey(), null, zh),
                    messages.getMessage(tip.status().labelKey(), null, zh), tip.content(),
                    messages.getMessage(tip.sourceKind().labelKey(), null, zh),
                    tip.maskedSource() == null ? "" : tip.maskedSource(), tip.gridLabel(), tip.people(),
                    tip.handedOverTo(), tip.dismissalReason(), tip.campaignId(),
                    tip.origin() == null ? null : tip.origin().text(), tip.recordedByName(),
                    minutes.format(tip.recordedAt())));
        }
        String sheet = messages.getMessage("tip.list.title", null, zh);
        return SpreadsheetUploads.download(sheet + "-" + LocalDate.now(clock.withZone(zone)) + ".xlsx",
                Spreadsheets.write(sheet, headers, cells));
    }

    @GetMapping("/new")
    String newTip(@RequestParam(required = false) String origin, @RequestParam(required = false) String gridId,
            @RequestParam(required = false) String text, @AuthenticationPrincipal SignedInUser user, Model model) {
        TipForm form = new TipForm();
        form.setSubmissionKey(FormSubmissions.newKey());
        form.setOrigin(choices.visibleOrigin(origin, user).map(Origin::text).orElse(null));
        Long grid = QueryParams.longOrNull(gridId);
        form.setGridId(grid != null && choices.isGridInScope(grid, user) ? grid : choices.defaultGrid(user).orElse(null));
        if (text != null && !text.isBlank()) {
            form.setContent(text.strip().length() > 2000 ? text.strip().substring(0, 2000) : text.strip());
        }
        form.setSourceKind(TipSourceKind.RESIDENT);
        form.setOccurredAt(LocalDateTime.now(clock.withZone(zone)).truncatedTo(ChronoUnit.MINUTES));
        choices.me(user).ifPresent(me -> form.setPersonIds(new ArrayList<>(List.of(me))));
        model.addAttribute("tipForm", form);
        return form(user, model, null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("tipForm") TipForm form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        form.setId(null);
        form.setOrigin(choices.visibleOrigin(form.getOrigin(), user).map(Origin::text).orElse(null));
        form.validate(errors);
        choices.checkCampaign(form.getCampaignId(), form.getGridId(), form.getOccurredAt(), errors, "campaignId");
        photos.validate(form.getPhotos(), 0, errors, "photos");
        if (errors.hasErrors()) {
            return form(user, model, null);
        }
        try {
            String target = submissions.once(form.getSubmissionKey(), () -> "/tips/" + management.create(
                    form.toData(zone), form.getPhotos(), Recorder.of(user), choices.scope(user)));
            redirect.addFlashAttribute("flash", "tip.created");
            redirect.addFlashAttribute("submitted", form.getSubmissionKey());
            return "redirect:" + target;
        } catch (RejectedInput e) {
            RejectedInputs.show(e, errors);
            return form(user, model, null);
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        return detailPage.show(id, user, model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        TipView tip = tips.get(id, choices.scope(user));
        if (!tip.status().isOpen()) {
            throw new NotAllowedException("tip " + id + " is closed");
        }
        model.addAttribute("tipForm", TipForm.of(tip, zone));
        return form(user, model, tip);
    }

    @PostMapping("/{id}")
    String change(@PathVariable long id, @Valid @ModelAttribute("tipForm") TipForm form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        AreaScope scope = choices.scope(user);
        TipView tip = tips.get(id, scope);
        form.setId(id);
        form.validate(errors);
        choices.checkCampaign(form.getCampaignId(), form.getGridId(), form.getOccurredAt(), errors, "campaignId");
        photos.validate(form.getPhotos(), photos.count(TipDirectory.photoOwner(id)), errors, "photos");
        if (errors.hasErrors()) {
            return form(user, model, tip);
        }
        try {
            management.change(id, form.getVersion(), form.toData(zone), form.getPhotos(), Recorder.of(user), scope);
        } catch (StaleEditException e) {
            form(user, model, tips.get(id, scope));
            return StaleEdits.showConflict(FORM, model, response);
        } catch (RejectedInput e) {
            RejectedInputs.show(e, errors);
            return form(user, model, tip);
        }
        redirect.addFlashAttribute("flash", "tip.saved");
        return "redirect:/tips/" + id;
    }

    @GetMapping("/{id}/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId,
            @RequestParam(required = false) String size, @AuthenticationPrincipal SignedInUser user) {
        tips.get(id, choices.scope(user));
        return Photos.response(photos.content(TipDirectory.photoOwner(id), photoId, "thumb".equals(size)));
    }

    /** The form page; {@code tip} is the stored tip on an edit (its masked source shown as what is kept). */
    private String form(SignedInUser user, Model model, TipView tip) {
        TipForm form = (TipForm) model.getAttribute("tipForm");
        model.addAttribute("gridChoices", choices.grids(user));
        model.addAttribute("campaignChoices", choices.campaigns(user, form.getGridId(), form.getOccurredAt(), form.getCampaignId()));
        model.addAttribute("people", choices.people(user));
        model.addAttribute("stored", tip);
        return FORM;
    }
}
