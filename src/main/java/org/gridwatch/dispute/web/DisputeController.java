package org.gridwatch.dispute.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gridwatch.dispute.DisputeActor;
import org.gridwatch.dispute.DisputeCategory;
import org.gridwatch.dispute.DisputeDirectory;
import org.gridwatch.dispute.DisputeManagement;
import org.gridwatch.dispute.DisputeRow;
import org.gridwatch.dispute.DisputeSearch;
import org.gridwatch.dispute.DisputeSource;
import org.gridwatch.dispute.DisputeState;
import org.gridwatch.dispute.DisputeView;
import org.gridwatch.dispute.DueFilter;
import org.gridwatch.dispute.RiskLevel;
import org.gridwatch.fieldwork.FieldworkChoices;
import org.gridwatch.fieldwork.Origin;
import org.gridwatch.fieldwork.RecordFilter;
import org.gridwatch.fieldwork.RecordKind;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.place.PlaceDirectory;
import org.gridwatch.place.PlaceView;
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

/** Disputes: the list with its filters and export, intake (also from another record's finding), detail, edit, agreement. */
@Controller
@RequestMapping("/disputes")
class DisputeController {

    private static final String FORM = "dispute/form";
    private static final int PAGE_SIZE = 20;
    private static final List<String> EXPORT_COLUMNS = List.of("id", "occurredAt", "grid", "category", "risk",
            "source", "parties", "phone", "state", "dueAt", "due", "officer", "team", "satisfaction");

    private final DisputeDirectory disputes;
    private final DisputeManagement management;
    private final FieldworkChoices choices;
    private final PlaceDirectory places;
    private final FormSubmissions submissions;
    private final MessageSource messages;
    private final DateDisplay dates;
    private final Clock clock;

    DisputeController(DisputeDirectory disputes, DisputeManagement management, FieldworkChoices choices,
            PlaceDirectory places, FormSubmissions submissions, MessageSource messages, DateDisplay dates,
            Clock clock) {
        this.disputes = disputes;
        this.management = management;
        this.choices = choices;
        this.places = places;
        this.submissions = submissions;
        this.messages = messages;
        this.dates = dates;
        this.clock = clock;
    }

    @ModelAttribute("categories")
    DisputeCategory[] categories() {
        return DisputeCategory.values();
    }

    @ModelAttribute("risks")
    RiskLevel[] risks() {
        return RiskLevel.values();
    }

    @ModelAttribute("sources")
    DisputeSource[] sources() {
        return DisputeSource.values();
    }

    @GetMapping
    String list(@ModelAttribute DisputeListQuery params, @AuthenticationPrincipal SignedInUser user, Model model) {
        ListQuery query = params.read();
        RecordFilter filter = query.filter();
        DisputeActor actor = disputes.actor(user);
        model.addAttribute("disputes", disputes.search(query.search(choices.pathPrefix(filter, user)), actor,
                params.pageRequest(PAGE_SIZE)));
        model.addAttribute("q", query);
        model.addAttribute("activeFilters", query.activeFilters());
        model.addAttribute("sorts", DisputeListQuery.SORTS);
        model.addAttribute("states", DisputeState.values());
        model.addAttribute("dues", DueFilter.values());
        model.addAttribute("areaChoices", choices.filterAreas(user, filter.areaId()));
        model.addAttribute("people", actor.teamOnly() ? List.of() : choices.filterPeople(user, filter));
        model.addAttribute("canCreate", user.hasAny(DisputeAccess.WRITE));
        model.addAttribute("canExport", user.hasAny(DisputeAccess.EXPORT));
        model.addAttribute("baseUrl", params.url("/disputes", query.sort()));
        model.addAttribute("sortLinks", Map.of("occurred", params.url("/disputes", "occurred"),
                "due", params.url("/disputes", "due"), "risk", params.url("/disputes", "risk")));
        model.addAttribute("exportUrl", params.url("/disputes/export", query.sort()));
        return "dispute/list";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@ModelAttribute DisputeListQuery params,
            @AuthenticationPrincipal SignedInUser user) {
        ListQuery query = params.read();
        List<DisputeRow> rows = disputes.export(query.search(choices.pathPrefix(query.filter(), user)),
                disputes.actor(user));
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        List<String> headers = EXPORT_COLUMNS.stream().map(c -> messages.getMessage("dispute.export." + c, null, zh))
                .toList();
        List<List<?>> cells = new ArrayList<>();
        for (DisputeRow r : rows) {
            cells.add(List.of(r.id(), dates.dateTime(r.occurredAt()), r.gridLabel(), label("dispute.category." + r.category(), zh),
                    label("dispute.risk." + r.risk(), zh), label("dispute.source." + r.source(), zh),
                    text(r.partyNames()), r.maskedPhone(), label("dispute.state." + r.state(), zh),
                    dates.dateTime(r.dueAt()), r.dueAt() == null ? "" : label(r.due().labelKey(), zh),
                    text(r.officerName()), text(r.teamNames()),
                    r.satisfaction() == null ? "" : label("dispute.satisfaction." + r.satisfaction(), zh)));
        }
        byte[] workbook = Spreadsheets.write(messages.getMessage("dispute.export.sheet", null, zh), headers, cells);
        return SpreadsheetUploads.download(messages.getMessage("dispute.export.file", null, zh), workbook);
    }

    @GetMapping("/new")
    String newDispute(@RequestParam(required = false) String origin, @RequestParam(required = false) String gridId,
            @RequestParam(required = false) String placeId, @RequestParam(required = false) String text,
            @AuthenticationPrincipal SignedInUser user, Model model) {
        DisputeForm form = new DisputeForm();
        form.setSubmissionKey(FormSubmissions.newKey());
        form.setOccurredAt(LocalDateTime.ofInstant(clock.instant(), dates.zone()).truncatedTo(ChronoUnit.MINUTES));
        choices.defaultGrid(user).ifPresent(form::setGridId);
        Long grid = QueryParams.longOrNull(gridId);
        if (choices.isGridInScope(grid, user)) {
            form.setGridId(grid);
        }
        Long place = QueryParams.longOrNull(placeId);
        if (place != null) {
            places.find(place, choices.scope(user)).ifPresent(p -> {
                form.setPlaceId(p.id());
                if (grid == null) {
                    form.setGridId(p.gridId());
                }
            });
        }
        choices.visibleOrigin(origin, user).ifPresent(o -> {
            form.setOrigin(o.text());
            form.setSource(o.kind() == RecordKind.PATROL ? DisputeSource.PATROL_FINDING
                    : o.kind() == RecordKind.VISIT ? DisputeSource.VISIT : null);
        });
        if (text != null && !text.isBlank()) {
            form.setDescription(text.strip().length() > 2000 ? text.strip().substring(0, 2000) : text.strip());
        }
        form.padParties();
        model.addAttribute("dispute", form);
        return form(user, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("dispute") DisputeForm form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        form.setId(null);
        form.setOrigin(choices.visibleOrigin(form.getOrigin(), user).map(Origin::text).orElse(null));
        form.validate(errors);
        if (errors.hasErrors()) {
            return form(user, model);
        }
        DisputeActor actor = disputes.actor(user);
        try {
            String target = submissions.once(form.getSubmissionKey(),
                    () -> "/disputes/" + management.report(form.toData(), actor));
            redirect.addFlashAttribute("submitted", form.getSubmissionKey());
            redirect.addFlashAttribute("flash", "dispute.created");
            return "redirect:" + target;
        } catch (RejectedInput e) {
            RejectedInputs.show(e, errors);
            return form(user, model);
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        DisputeActor actor = disputes.actor(user);
        DisputeView dispute = disputes.get(id, actor);
        model.addAttribute("d", dispute);
        model.addAttribute("history", disputes.history(id, actor));
        if (dispute.can("TEAM")) {
            model.addAttribute("candidates", TeamCandidates.groups(disputes.teamCandidates(id, actor)));
            StepForms.TeamForm team = new StepForms.TeamForm();
            team.setVersion(dispute.version());
            model.addAttribute("teamForm", team);
        }
        return "dispute/detail";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        DisputeView dispute = disputes.get(id, disputes.actor(user));
        if (!dispute.can("EDIT")) {
            throw new NotAllowedException("dispute " + id + " cannot be edited by " + user.getUsername());
        }
        DisputeForm form = DisputeForm.of(dispute);
        form.padParties();
        model.addAttribute("dispute", form);
        return form(user, model);
    }

    @PostMapping("/{id}")
    String change(@PathVariable long id, @Valid @ModelAttribute("dispute") DisputeForm form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        DisputeActor actor = disputes.actor(user);
        DisputeView current = disputes.get(id, actor);
        form.setId(id);
        form.setOrigin(current.origin() == null ? null : current.origin().text());
        form.validate(errors);
        if (errors.hasErrors()) {
            return form(user, model);
        }
        try {
            management.change(id, form.getVersion(), form.toData(), actor);
        } catch (StaleEditException e) {
            form(user, model);
            return StaleEdits.showConflict(FORM, model, response);
        } catch (RejectedInput e) {
            RejectedInputs.show(e, errors);
            return form(user, model);
        }
        redirect.addFlashAttribute("flash", "dispute.saved");
        return "redirect:/disputes/" + id;
    }

    /** The mediation agreement (调解协议书), for printing. */
    @GetMapping("/{id}/agreement")
    String agreement(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        DisputeView dispute = disputes.get(id, disputes.actor(user));
        if (dispute.agreement() == null) {
            throw new NotAllowedException("dispute " + id + " has no agreement");
        }
        model.addAttribute("d", dispute);
        return "dispute/agreement";
    }

    private String form(SignedInUser user, Model model) {
        DisputeForm form = (DisputeForm) model.getAttribute("dispute");
        model.addAttribute("gridChoices", choices.grids(user));
        if (form != null && form.getPlaceId() != null) {
            model.addAttribute("placeName", places.find(form.getPlaceId(), choices.scope(user))
                    .map(PlaceView::name).orElse(null));
        }
        if (form != null && form.getOrigin() != null) {
            model.addAttribute("origin", Origin.parse(form.getOrigin()).orElse(null));
        }
        return FORM;
    }

    private String label(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** The list's filters as read from the query string ({@link DisputeListQuery#read()}). */
    record ListQuery(RecordFilter filter, DisputeCategory category, RiskLevel risk, DisputeState state, DueFilter due,
            String sort) {

        DisputeSearch search(String prefix) {
            return new DisputeSearch(prefix, filter.from() == null ? null : filter.fromInstant(),
                    filter.to() == null ? null : filter.toExclusive(), category, risk, state, due, filter.personId(),
                    sort);
        }

        /** How many filters narrow the list (the filter panel stays folded and says so). */
        public long activeFilters() {
            return java.util.stream.Stream.of(filter.areaId(), filter.from(), filter.to(), filter.personId(), category,
                    risk, state, due).filter(java.util.Objects::nonNull).count();
        }
    }
}
