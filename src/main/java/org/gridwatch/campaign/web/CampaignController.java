package org.gridwatch.campaign.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.campaign.CampaignDirectory;
import org.gridwatch.campaign.CampaignManagement;
import org.gridwatch.campaign.CampaignProgress;
import org.gridwatch.campaign.CampaignState;
import org.gridwatch.campaign.CampaignView;
import org.gridwatch.campaign.TargetData;
import org.gridwatch.campaign.TargetKind;
import org.gridwatch.campaign.TargetUnit;
import org.gridwatch.fieldwork.RecordFilter;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.shared.RejectedInput;
import org.gridwatch.shared.spreadsheet.SpreadsheetUploads;
import org.gridwatch.shared.spreadsheet.Spreadsheets;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** Campaigns: list, create, edit, and the campaign page with progress, grids behind and the closing report. */
@Controller
@RequestMapping("/campaigns")
class CampaignController {

    private static final String FORM = "campaign/form";
    private static final int PAGE_SIZE = 20;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CampaignDirectory campaigns;
    private final CampaignManagement management;
    private final AreaDirectory areas;
    private final FormSubmissions submissions;
    private final MessageSource messages;
    private final Clock clock;

    CampaignController(CampaignDirectory campaigns, CampaignManagement management, AreaDirectory areas,
            FormSubmissions submissions, MessageSource messages, Clock clock) {
        this.campaigns = campaigns;
        this.management = management;
        this.areas = areas;
        this.submissions = submissions;
        this.messages = messages;
        this.clock = clock;
    }

    @ModelAttribute("targetKinds")
    TargetKind[] targetKinds() {
        return TargetKind.values();
    }

    @ModelAttribute("targetUnits")
    TargetUnit[] targetUnits() {
        return TargetUnit.values();
    }

    @GetMapping
    String list(@ModelAttribute CampaignListQuery query, @AuthenticationPrincipal SignedInUser user, Model model) {
        AreaScope scope = areas.scopeOf(user);
        Long areaId = query.areaId();
        model.addAttribute("campaigns", campaigns.search(query.search(), scope, today(),
                query.pageRequest(PAGE_SIZE)));
        model.addAttribute("area", areaId);
        model.addAttribute("state", query.stateFilter());
        model.addAttribute("states", CampaignState.values());
        model.addAttribute("areaChoices", areas.filterChoices(scope, areaId));
        model.addAttribute("canEdit", user.hasAny(CampaignAccess.WRITE));
        model.addAttribute("baseUrl", query.link());
        return "campaign/list";
    }

    @GetMapping("/new")
    String newCampaign(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("campaign", CampaignForm.fresh(FormSubmissions.newKey()));
        return form(user, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("campaign") CampaignForm form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        form.setId(null);
        form.validate(errors);
        if (errors.hasErrors()) {
            return form(user, model);
        }
        try {
            String target = submissions.once(form.getSubmissionKey(), () -> "/campaigns/"
                    + management.create(form.toData(), user.accountId(), areas.scopeOf(user)));
            redirect.addFlashAttribute("flash", "campaign.created");
            return "redirect:" + target;
        } catch (RejectedInput e) {
            RejectedInputs.show(e, errors);
            return form(user, model);
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model, Locale locale) {
        AreaScope scope = areas.scopeOf(user);
        CampaignView campaign = campaigns.get(id, scope);
        CampaignProgress progress = campaigns.progress(id, scope, today());
        model.addAttribute("c", campaign);
        model.addAttribute("state", campaign.stateOn(today()));
        model.addAttribute("progress", progress);
        model.addAttribute("chart", progress.days().isEmpty() ? null : JSON.writeValueAsString(chart(progress, locale)));
        model.addAttribute("history", campaigns.history(id, scope));
        model.addAttribute("canEdit", user.hasAny(CampaignAccess.WRITE) && campaigns.owns(id, scope));
        return "campaign/detail";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("campaign", CampaignForm.of(campaigns.getOwned(id, areas.scopeOf(user))));
        return form(user, model);
    }

    @PostMapping("/{id}")
    String change(@PathVariable long id, @Valid @ModelAttribute("campaign") CampaignForm form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        AreaScope scope = areas.scopeOf(user);
        campaigns.getOwned(id, scope);
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
        redirect.addFlashAttribute("flash", "campaign.saved");
        return "redirect:/campaigns/" + id;
    }

    /** The closing report as a workbook: overall, per area, and the grids behind, with Chinese headers. */
    @GetMapping("/{id}/report.xlsx")
    ResponseEntity<byte[]> report(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        AreaScope scope = areas.scopeOf(user);
        CampaignView campaign = campaigns.get(id, scope);
        CampaignProgress progress = campaigns.progress(id, scope, today());
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        List<String> headers = List.of("section", "area", "kind", "unit", "amount", "goal", "expected", "actual",
                "percent").stream().map(h -> messages.getMessage("campaign.report." + h, null, zh)).toList();
        List<List<?>> rows = new ArrayList<>();
        String overall = messages.getMessage("campaign.report.overall", null, zh);
        String whole = campaign.areas().stream().map(CampaignView.CoveredArea::name).reduce((a, b) -> a + "、" + b)
                .orElse("");
        for (CampaignProgress.TargetProgress t : progress.targets()) {
            rows.add(row(overall, whole, t, zh));
        }
        String byArea = messages.getMessage("campaign.report.byArea", null, zh);
        for (CampaignProgress.PartProgress part : progress.parts()) {
            for (CampaignProgress.TargetProgress t : part.targets()) {
                rows.add(row(byArea, part.part().label(), t, zh));
            }
        }
        String behind = messages.getMessage("campaign.report.behind", null, zh);
        for (CampaignProgress.GridBehind b : progress.behind()) {
            rows.add(List.of(behind, b.grid().label(), messages.getMessage(b.kind().labelKey(), null, zh),
                    messages.getMessage(TargetUnit.PER_GRID_WEEK.labelKey(), null, zh), "", "", b.expected(),
                    b.actual(), ""));
        }
        String sheet = messages.getMessage("campaign.report.sheet", null, zh);
        String file = campaign.name() + "-" + sheet;
        return SpreadsheetUploads.download(file + ".xlsx", Spreadsheets.write(sheet, headers, rows));
    }

    private List<?> row(String section, String area, CampaignProgress.TargetProgress t, Locale zh) {
        TargetData target = t.target();
        List<Object> cells = new ArrayList<>();
        cells.add(section);
        cells.add(area);
        cells.add(messages.getMessage(target.kind().labelKey(), null, zh));
        cells.add(messages.getMessage(target.unit().labelKey(), null, zh));
        cells.add(target.amount());
        cells.add(t.goal() == null ? "" : t.goal());
        cells.add(t.expected() == null ? "" : t.expected());
        cells.add(t.actual());
        cells.add(t.goal() == null || t.goal() == 0 ? "" : t.percent());
        return cells;
    }

    /** The per-day line chart: dates along, one cumulative line per target. */
    private Map<String, Object> chart(CampaignProgress progress, Locale locale) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("categories", progress.days().stream().map(LocalDate::toString).toList());
        List<Map<String, Object>> series = new ArrayList<>();
        progress.daily().forEach((kind, counts) -> {
            List<Long> cumulative = new ArrayList<>();
            long sum = 0;
            for (long n : counts) {
                sum += n;
                cumulative.add(sum);
            }
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("name", messages.getMessage(kind.labelKey(), null, locale));
            line.put("type", "line");
            line.put("data", cumulative);
            series.add(line);
        });
        chart.put("series", series);
        return chart;
    }

    private String form(SignedInUser user, Model model) {
        CampaignForm form = (CampaignForm) model.getAttribute("campaign");
        if (form != null) {
            form.spareRows();
        }
        // Above 300 grids a campaign targets stations and communities (ten thousand boxes made a 3 MB page);
        // grids already chosen stay offered.
        model.addAttribute("areaChoices", areas.filterChoices(areas.scopeOf(user),
                form == null ? List.<Long>of() : form.getAreaIds()));
        return FORM;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(RecordFilter.ZONE));
    }

}
