package org.gridwatch.patrol.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gridwatch.area.AreaScope;
import org.gridwatch.fieldwork.FieldworkChoices;
import org.gridwatch.fieldwork.RecordFilter;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.patrol.PatrolDirectory;
import org.gridwatch.patrol.PatrolExportRow;
import org.gridwatch.patrol.PatrolKind;
import org.gridwatch.patrol.PatrolManagement;
import org.gridwatch.patrol.PatrolSearch;
import org.gridwatch.patrol.PatrolView;
import org.gridwatch.patrol.Recorder;
import org.gridwatch.photo.Photos;
import org.gridwatch.place.PartnerDirectory;
import org.gridwatch.place.PartnerView;
import org.gridwatch.shared.RejectedInput;
import org.gridwatch.shared.spreadsheet.SpreadsheetUploads;
import org.gridwatch.shared.spreadsheet.Spreadsheets;
import org.gridwatch.shared.web.DateDisplay;
import org.gridwatch.shared.web.FormSubmissions;
import org.gridwatch.shared.web.RejectedInputs;
import org.gridwatch.shared.web.StaleEditException;
import org.gridwatch.shared.web.StaleEdits;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Patrols: the list with filters and its Excel export, the logging form, the detail page, editing, photos. */
@Controller
@RequestMapping("/patrols")
class PatrolController {

    /** Who works with patrols; MEDIATOR sees none (403). */
    private static final String FORM = "patrol/form";
    private static final int PAGE_SIZE = 20;
    private static final List<String> EXPORT_COLUMNS = List.of("id", "kind", "startedAt", "endedAt", "duration",
            "grids", "people", "partnerTeams", "findingCount", "findings", "notes", "campaign", "recordedBy",
            "recordedAt");

    private final PatrolDirectory patrols;
    private final PatrolManagement management;
    private final FieldworkChoices choices;
    private final PartnerDirectory partners;
    private final Photos photos;
    private final FormSubmissions submissions;
    private final DateDisplay dates;
    private final MessageSource messages;
    private final Clock clock;

    PatrolController(PatrolDirectory patrols, PatrolManagement management, FieldworkChoices choices,
            PartnerDirectory partners, Photos photos, FormSubmissions submissions, DateDisplay dates,
            MessageSource messages, Clock clock) {
        this.patrols = patrols;
        this.management = management;
        this.choices = choices;
        this.partners = partners;
        this.photos = photos;
        this.submissions = submissions;
        this.dates = dates;
        this.messages = messages;
        this.clock = clock;
    }

    @InitBinder("patrol")
    void cleanText(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new CleanText());
    }

    @ModelAttribute("patrolKinds")
    PatrolKind[] patrolKinds() {
        return PatrolKind.values();
    }

    @GetMapping
    String list(@ModelAttribute PatrolListQuery query, @AuthenticationPrincipal SignedInUser user, Model model) {
        PatrolSearch search = query.search();
        RecordFilter filter = search.filter();
        model.addAttribute("patrols", patrols.search(search, choices.scope(user), query.pageRequest(PAGE_SIZE)));
        model.addAttribute("filter", filter);
        model.addAttribute("filtered", filter.areaId() != null || filter.from() != null || filter.to() != null
                || filter.personId() != null || filter.campaignId() != null || search.kind() != null);
        model.addAttribute("search", search);
        model.addAttribute("areaChoices", choices.filterAreas(user, filter.areaId()));
        model.addAttribute("personChoices", choices.filterPeople(user, filter));
        model.addAttribute("gridLabels", choices.gridLabels(user));
        model.addAttribute("canLog", user.hasAny(PatrolAccess.ROLES));
        model.addAttribute("baseUrl", query.sorted("/patrols").toString());
        model.addAttribute("sortUrl", query.unsorted("/patrols").toString());
        model.addAttribute("exportUrl", query.sorted("/patrols/export").toString());
        return "patrol/list";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@ModelAttribute PatrolListQuery query, @AuthenticationPrincipal SignedInUser user) {
        PatrolSearch search = query.search();
        Locale chinese = Locale.SIMPLIFIED_CHINESE;
        List<String> headers = EXPORT_COLUMNS.stream()
                .map(c -> messages.getMessage("patrol.export." + c, null, chinese)).toList();
        List<List<?>> rows = new ArrayList<>();
        for (PatrolExportRow row : patrols.export(search, choices.scope(user))) {
            List<Object> cells = new ArrayList<>();
            cells.add(row.id());
            cells.add(messages.getMessage(row.kind().labelKey(), null, chinese));
            cells.add(dates.dateTime(row.startedAt()));
            cells.add(dates.dateTime(row.endedAt()));
            cells.add(row.durationMinutes());
            cells.add(row.grids());
            cells.add(row.people());
            cells.add(row.partnerTeams());
            cells.add(row.findingCount());
            cells.add(row.findings());
            cells.add(row.notes());
            cells.add(row.campaignId());
            cells.add(row.recordedByName());
            cells.add(dates.dateTime(row.recordedAt()));
            rows.add(cells);
        }
        String sheet = messages.getMessage("patrol.export.sheet", null, chinese);
        return SpreadsheetUploads.download(sheet + ".xlsx", Spreadsheets.write(sheet, headers, rows));
    }

    @GetMapping("/new")
    String newPatrol(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("patrol", PatrolForm.fresh(LocalDateTime.now(clock.withZone(dates.zone())),
                choices.defaultGrid(user).orElse(null), choices.me(user).orElse(null), FormSubmissions.newKey()));
        return form(user, model, 0);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("patrol") PatrolForm form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        form.setId(null);
        form.validate(errors);
        choices.checkCampaign(form.getCampaignId(), form.getGridId(), form.getStartedAt(), errors, "campaignId");
        photos.validate(form.getPhotos(), 0, errors, "photos");
        if (errors.hasErrors()) {
            return form(user, model, 0);
        }
        try {
            String target = submissions.once(form.getSubmissionKey(), () -> "/patrols/" + management.log(
                    form.toData(dates.zone()), Photos.chosen(form.getPhotos()),
                    new Recorder(user.accountId(), user.displayName()), choices.scope(user)).id());
            redirect.addFlashAttribute("flash", "patrol.logged");
            redirect.addFlashAttribute("submitted", form.getSubmissionKey());
            return "redirect:" + target;
        } catch (RejectedInput e) {
            RejectedInputs.show(e, errors);
        }
        return form(user, model, 0);
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        AreaScope scope = choices.scope(user);
        PatrolView patrol = patrols.get(id, scope);
        model.addAttribute("patrol", patrol);
        model.addAttribute("gridLabels", patrol.gridIds().stream().map(choices::gridLabel).toList());
        model.addAttribute("people", patrols.names(patrol.personIds()));
        model.addAttribute("photos", photos.of(PatrolDirectory.photoOwner(id)));
        model.addAttribute("history", patrols.history(id, scope));
        model.addAttribute("canEdit", user.hasAny(PatrolAccess.ROLES));
        return "patrol/detail";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("patrol", PatrolForm.of(patrols.get(id, choices.scope(user)), dates.zone()));
        return form(user, model, photos.count(PatrolDirectory.photoOwner(id)));
    }

    @PostMapping("/{id}")
    String change(@PathVariable long id, @Valid @ModelAttribute("patrol") PatrolForm form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        AreaScope scope = choices.scope(user);
        patrols.get(id, scope);
        form.setId(id);
        int attached = photos.count(PatrolDirectory.photoOwner(id));
        form.validate(errors);
        choices.checkCampaign(form.getCampaignId(), form.getGridId(), form.getStartedAt(), errors, "campaignId");
        photos.validate(form.getPhotos(), attached, errors, "photos");
        if (errors.hasErrors()) {
            return form(user, model, attached);
        }
        try {
            management.change(id, form.getVersion(), form.toData(dates.zone()), Photos.chosen(form.getPhotos()),
                    user.accountId(), scope);
        } catch (StaleEditException e) {
            form(user, model, attached);
            return StaleEdits.showConflict(FORM, model, response);
        } catch (RejectedInput e) {
            RejectedInputs.show(e, errors);
            return form(user, model, attached);
        }
        redirect.addFlashAttribute("flash", "patrol.saved");
        return "redirect:/patrols/" + id;
    }

    @GetMapping("/{id}/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId,
            @RequestParam(required = false) String size, @AuthenticationPrincipal SignedInUser user) {
        patrols.get(id, choices.scope(user));
        return Photos.response(photos.content(PatrolDirectory.photoOwner(id), photoId, "thumb".equals(size)));
    }

    private String form(SignedInUser user, Model model, int attachedPhotos) {
        PatrolForm form = (PatrolForm) model.getAttribute("patrol");
        if (form != null && form.getFindings().stream().allMatch(f -> f.getText() != null && !f.getText().isBlank())) {
            form.spareFindingRows(1);
        }
        List<PartnerView> serving = partners.serving(choices.scope(user)).stream()
                .filter(u -> !u.teams().isEmpty()).toList();
        model.addAttribute("gridChoices", choices.grids(user));
        model.addAttribute("campaignChoices", choices.campaigns(user, form.getGridId(), form.getStartedAt(), form.getCampaignId()));
        model.addAttribute("personChoices", choices.people(user));
        model.addAttribute("partnerUnits", serving);
        model.addAttribute("attachedPhotos", attachedPhotos);
        return FORM;
    }
}
