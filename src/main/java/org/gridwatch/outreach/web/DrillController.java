package org.gridwatch.outreach.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridwatch.area.AreaScope;
import org.gridwatch.fieldwork.RecordKind;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.outreach.DrillView;
import org.gridwatch.outreach.Drills;
import org.gridwatch.outreach.OutreachSearch;
import org.gridwatch.photo.Photos;
import org.gridwatch.place.PartnerDirectory;
import org.gridwatch.place.PartnerView;
import org.gridwatch.shared.RejectedInput;
import org.gridwatch.shared.paging.ListPage;
import org.gridwatch.shared.web.FormSubmissions;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Drills with partner units: list with filters and export, log, detail with photos and history, edit. */
@Controller
@RequestMapping("/drills")
class DrillController {

    private static final String FORM = "outreach/drillForm";
    private static final RecordKind KIND = RecordKind.DRILL;

    private final Drills drills;
    private final OutreachPages pages;
    private final PartnerDirectory partners;
    private final FormSubmissions submissions;

    DrillController(Drills drills, OutreachPages pages, PartnerDirectory partners, FormSubmissions submissions) {
        this.drills = drills;
        this.pages = pages;
        this.partners = partners;
        this.submissions = submissions;
    }

    @ModelAttribute("kind")
    RecordKind kind() {
        return KIND;
    }

    @GetMapping
    String list(@ModelAttribute DrillListQuery query, @AuthenticationPrincipal SignedInUser user, Model model) {
        OutreachSearch search = query.search();
        ListPage<DrillView> records = drills.search(search, pages.scope(user),
                query.pageRequest(OutreachPages.PAGE_SIZE));
        model.addAttribute("records", records);
        model.addAttribute("partnerNames", partnerNames(records.getContent()));
        pages.listModel(model, user, KIND, search, null, null, sort(query.sort()), Drills.sorts());
        model.addAttribute("labels", pages.labels());
        return "outreach/drillList";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@ModelAttribute DrillListQuery query, @AuthenticationPrincipal SignedInUser user) {
        OutreachSearch search = query.search();
        List<DrillView> found = drills.export(search, pages.scope(user), OutreachPages.EXPORT_LIMIT);
        Map<Long, String> partnerNames = partnerNames(found);
        OutreachPages.Labels labels = pages.labels();
        List<List<?>> rows = new ArrayList<>();
        for (DrillView d : found) {
            rows.add(Arrays.asList(labels.time(d.facts().occurredAt()), labels.grid(d.facts().gridId()),
                    String.join("、", d.partnerUnitIds().stream().map(partnerNames::get).toList()), d.scenario(),
                    labels.people(d.facts().personIds()), d.facts().personIds().size(), d.partnerParticipants(),
                    d.facts().notes(), d.facts().campaignId(), d.facts().lat(), d.facts().lon(),
                    d.facts().recordedByName(), labels.time(d.facts().recordedAt())));
        }
        return pages.export(KIND, List.of("fieldwork.occurredAt", "outreach.gridPath", "outreach.drill.partners.short",
                "outreach.drill.scenario", "outreach.drill.participants", "outreach.drill.ourCount",
                "outreach.drill.partnerParticipants", "fieldwork.notes", "fieldwork.campaign", "outreach.lat",
                "outreach.lon", "fieldwork.recordedBy", "fieldwork.recordedAt"), rows);
    }

    @GetMapping("/new")
    String newDrill(@AuthenticationPrincipal SignedInUser user, Model model) {
        DrillForm form = new DrillForm();
        pages.startNew(form, user);
        model.addAttribute("form", form);
        return form(user, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") DrillForm form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        form.setId(null);
        form.validate(errors, pages.clock().instant(), pages.zone());
        pages.validatePhotos(form, 0, errors);
        pages.checkCampaign(form, user, errors);
        if (errors.hasErrors()) {
            return form(user, model);
        }
        try {
            String target = submissions.once(form.getSubmissionKey(), () -> KIND.detailPath(drills.create(
                    form.toData(pages.zone()), form.getPhotos(), pages.recorder(user), pages.scope(user)).id()));
            redirect.addFlashAttribute("submitted", form.getSubmissionKey());
            redirect.addFlashAttribute("flash", "outreach.drill.created");
            return "redirect:" + target;
        } catch (RejectedInput e) {
            RejectedInputs.show(e, errors);
        }
        return form(user, model);
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        AreaScope scope = pages.scope(user);
        DrillView record = drills.get(id, scope);
        model.addAttribute("record", record);
        model.addAttribute("partnerNames", partnerNames(List.of(record)));
        model.addAttribute("photos", drills.photos(id, scope));
        model.addAttribute("history", drills.history(id, scope));
        model.addAttribute("labels", pages.labels());
        model.addAttribute("canEdit", OutreachAccess.mayEdit(user, record.facts()));
        return "outreach/drillDetail";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        DrillView record = drills.get(id, pages.scope(user));
        OutreachAccess.requireEdit(user, record.facts());
        model.addAttribute("form", DrillForm.of(record, pages.zone()));
        return form(user, model);
    }

    @PostMapping("/{id}")
    String change(@PathVariable long id, @Valid @ModelAttribute("form") DrillForm form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        AreaScope scope = pages.scope(user);
        OutreachAccess.requireEdit(user, drills.get(id, scope).facts());
        form.setId(id);
        form.validate(errors, pages.clock().instant(), pages.zone());
        pages.validatePhotos(form, drills.photos(id, scope).size(), errors);
        pages.checkCampaign(form, user, errors);
        if (errors.hasErrors()) {
            return form(user, model);
        }
        try {
            drills.change(id, form.getVersion(), form.toData(pages.zone()), form.getPhotos(), user.accountId(), scope);
        } catch (StaleEditException | ObjectOptimisticLockingFailureException e) {
            form(user, model);
            return StaleEdits.showConflict(FORM, model, response);
        } catch (RejectedInput e) {
            RejectedInputs.show(e, errors);
            return form(user, model);
        }
        redirect.addFlashAttribute("flash", "outreach.drill.saved");
        return "redirect:" + KIND.detailPath(id);
    }

    @GetMapping("/{id}/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId,
            @RequestParam(required = false) String size, @AuthenticationPrincipal SignedInUser user) {
        return Photos.response(drills.photo(id, photoId, "thumb".equals(size), pages.scope(user)));
    }

    private String form(SignedInUser user, Model model) {
        pages.formModel(model, user);
        model.addAttribute("partnerChoices", drills.partnerChoices(pages.scope(user)).stream()
                .map(p -> new Choice(p.id(), p.name())).toList());
        return FORM;
    }

    /** Names of the partner units the drills name (the records are in scope; the units may be a station's). */
    private Map<Long, String> partnerNames(List<DrillView> records) {
        Map<Long, String> names = new HashMap<>();
        records.stream().flatMap(d -> d.partnerUnitIds().stream()).distinct().forEach(id -> names.put(id,
                partners.find(id).map(PartnerView::name).orElse("#" + id)));
        return names;
    }

    private static String sort(String sort) {
        return sort != null && Drills.sorts().contains(sort) ? sort : "newest";
    }
}
