package org.gridwatch.outreach.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gridwatch.area.AreaScope;
import org.gridwatch.fieldwork.PersonChoice;
import org.gridwatch.fieldwork.RecordKind;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.outreach.ConsultationChannel;
import org.gridwatch.outreach.ConsultationView;
import org.gridwatch.outreach.Consultations;
import org.gridwatch.outreach.OutreachSearch;
import org.gridwatch.people.PersonDirectory;
import org.gridwatch.people.PersonKind;
import org.gridwatch.people.PersonSummary;
import org.gridwatch.photo.Photos;
import org.gridwatch.shared.RejectedInput;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Legal consultations: list with filters and export, log (phone-first), detail with photos and history, edit. */
@Controller
@RequestMapping("/consultations")
class ConsultationController {

    private static final String FORM = "outreach/consultationForm";
    private static final RecordKind KIND = RecordKind.CONSULTATION;

    private final Consultations consultations;
    private final OutreachPages pages;
    private final PersonDirectory people;
    private final FormSubmissions submissions;

    ConsultationController(Consultations consultations, OutreachPages pages, PersonDirectory people,
            FormSubmissions submissions) {
        this.consultations = consultations;
        this.pages = pages;
        this.people = people;
        this.submissions = submissions;
    }

    @ModelAttribute("kind")
    RecordKind kind() {
        return KIND;
    }

    @ModelAttribute("satisfactions")
    org.gridwatch.fieldwork.Satisfaction[] satisfactions() {
        return org.gridwatch.fieldwork.Satisfaction.values();
    }

    @ModelAttribute("channels")
    ConsultationChannel[] channels() {
        return ConsultationChannel.values();
    }

    @GetMapping
    String list(@ModelAttribute ConsultationListQuery query, @AuthenticationPrincipal SignedInUser user, Model model) {
        OutreachSearch search = query.search();
        model.addAttribute("records", consultations.search(search, pages.scope(user),
                query.pageRequest(OutreachPages.PAGE_SIZE)));
        pages.listModel(model, user, KIND, search, "channel",
                QueryParams.enumOrNull(ConsultationChannel.class, query.channel()), sort(query.sort()),
                Consultations.sorts());
        model.addAttribute("labels", pages.labels());
        return "outreach/consultationList";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@ModelAttribute ConsultationListQuery query,
            @AuthenticationPrincipal SignedInUser user) {
        OutreachSearch search = query.search();
        OutreachPages.Labels labels = pages.labels();
        List<List<?>> rows = new ArrayList<>();
        for (ConsultationView c : consultations.export(search, pages.scope(user), OutreachPages.EXPORT_LIMIT)) {
            rows.add(Arrays.asList(labels.time(c.facts().occurredAt()), labels.grid(c.facts().gridId()),
                    pages.message(c.channel().labelKey()), c.question(), c.answer(),
                    labels.person(c.answeredById()), labels.people(c.facts().personIds()), c.facts().notes(),
                    c.facts().campaignId(), c.facts().lat(), c.facts().lon(), c.facts().recordedByName(),
                    labels.time(c.facts().recordedAt())));
        }
        return pages.export(KIND, List.of("fieldwork.occurredAt", "outreach.gridPath",
                "outreach.consultation.channel", "outreach.consultation.question", "outreach.consultation.answer",
                "outreach.consultation.answeredBy.short", "fieldwork.people", "fieldwork.notes", "fieldwork.campaign",
                "outreach.lat", "outreach.lon", "fieldwork.recordedBy", "fieldwork.recordedAt"), rows);
    }

    @GetMapping("/new")
    String newConsultation(@AuthenticationPrincipal SignedInUser user, Model model) {
        ConsultationForm form = new ConsultationForm();
        pages.startNew(form, user);
        Long me = pages.me(user);
        if (me != null && answerers(pages.scope(user)).stream().anyMatch(p -> p.value() == me)) {
            form.setAnsweredById(me);
        }
        model.addAttribute("form", form);
        return form(user, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") ConsultationForm form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        form.setId(null);
        form.validate(errors, pages.clock().instant(), pages.zone());
        pages.validatePhotos(form, 0, errors);
        pages.checkCampaign(form, user, errors);
        if (errors.hasErrors()) {
            return form(user, model);
        }
        try {
            String target = submissions.once(form.getSubmissionKey(), () -> KIND.detailPath(consultations.create(
                    form.toData(pages.zone()), form.getPhotos(), pages.recorder(user), pages.scope(user)).id()));
            redirect.addFlashAttribute("submitted", form.getSubmissionKey());
            redirect.addFlashAttribute("flash", "outreach.consultation.created");
            return "redirect:" + target;
        } catch (RejectedInput e) {
            RejectedInputs.show(e, errors);
        }
        return form(user, model);
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        AreaScope scope = pages.scope(user);
        ConsultationView record = consultations.get(id, scope);
        model.addAttribute("record", record);
        model.addAttribute("photos", consultations.photos(id, scope));
        model.addAttribute("history", consultations.history(id, scope));
        model.addAttribute("labels", pages.labels());
        model.addAttribute("canEdit", OutreachAccess.mayEdit(user, record.facts()));
        return "outreach/consultationDetail";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        ConsultationView record = consultations.get(id, pages.scope(user));
        OutreachAccess.requireEdit(user, record.facts());
        model.addAttribute("form", ConsultationForm.of(record, pages.zone()));
        return form(user, model);
    }

    @PostMapping("/{id}")
    String change(@PathVariable long id, @Valid @ModelAttribute("form") ConsultationForm form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        AreaScope scope = pages.scope(user);
        OutreachAccess.requireEdit(user, consultations.get(id, scope).facts());
        form.setId(id);
        form.validate(errors, pages.clock().instant(), pages.zone());
        pages.validatePhotos(form, consultations.photos(id, scope).size(), errors);
        pages.checkCampaign(form, user, errors);
        if (errors.hasErrors()) {
            return form(user, model);
        }
        try {
            consultations.change(id, form.getVersion(), form.toData(pages.zone()), form.getPhotos(),
                    user.accountId(), scope);
        } catch (StaleEditException | ObjectOptimisticLockingFailureException e) {
            form(user, model);
            return StaleEdits.showConflict(FORM, model, response);
        } catch (RejectedInput e) {
            RejectedInputs.show(e, errors);
            return form(user, model);
        }
        redirect.addFlashAttribute("flash", "outreach.consultation.saved");
        return "redirect:" + KIND.detailPath(id);
    }

    @GetMapping("/{id}/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId,
            @RequestParam(required = false) String size, @AuthenticationPrincipal SignedInUser user) {
        return Photos.response(consultations.photo(id, photoId, "thumb".equals(size), pages.scope(user)));
    }

    private String form(SignedInUser user, Model model) {
        pages.formModel(model, user);
        model.addAttribute("answererChoices", answerers(pages.scope(user)));
        return FORM;
    }

    /** Officers and mediators (lawyers among them) of the scope: who may answer a legal question. */
    private List<PersonChoice> answerers(AreaScope scope) {
        List<PersonChoice> choices = new ArrayList<>();
        for (PersonKind kind : List.of(PersonKind.OFFICER, PersonKind.MEDIATOR)) {
            for (PersonSummary p : people.activeWithin(scope, kind)) {
                choices.add(new PersonChoice(p.id(), p.post() == null ? p.name() : p.name() + " · " + p.post()));
            }
        }
        return choices;
    }

    private static String sort(String sort) {
        return sort != null && Consultations.sorts().contains(sort) ? sort : "newest";
    }
}
