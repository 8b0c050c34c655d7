package org.gridwatch.partybuilding.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.fieldwork.RecordFilter;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.partybuilding.ActivityKind;
import org.gridwatch.partybuilding.ActivityView;
import org.gridwatch.partybuilding.AgreementView;
import org.gridwatch.partybuilding.Named;
import org.gridwatch.partybuilding.PartyBuildingDirectory;
import org.gridwatch.partybuilding.PartyBuildingManagement;
import org.gridwatch.photo.PhotoOwner;
import org.gridwatch.photo.Photos;
import org.gridwatch.shared.RejectedInput;
import org.gridwatch.shared.web.FormSubmissions;
import org.gridwatch.shared.web.QueryParams;
import org.gridwatch.shared.web.RejectedInputs;
import org.gridwatch.shared.web.StaleEditException;
import org.gridwatch.shared.web.StaleEdits;
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

/** Joint activities (主题党日, 联建活动, 志愿服务): list, detail with photos, create and edit. */
@Controller
@RequestMapping("/party/activities")
class ActivityController {

    private static final String FORM = "partybuilding/activityForm";
    private static final int PAGE_SIZE = 20;

    private final PartyBuildingDirectory party;
    private final PartyBuildingManagement management;
    private final AreaDirectory areas;
    private final PartyChoices choices;
    private final FormSubmissions submissions;
    private final Photos photos;

    ActivityController(PartyBuildingDirectory party, PartyBuildingManagement management, AreaDirectory areas,
            PartyChoices choices, FormSubmissions submissions, Photos photos) {
        this.party = party;
        this.management = management;
        this.areas = areas;
        this.choices = choices;
        this.submissions = submissions;
        this.photos = photos;
    }

    @ModelAttribute("activityKinds")
    ActivityKind[] activityKinds() {
        return ActivityKind.values();
    }

    @GetMapping
    String list(@ModelAttribute ActivityListQuery query, @AuthenticationPrincipal SignedInUser user, Model model) {
        AreaScope scope = areas.scopeOf(user);
        RecordFilter filter = query.filter();
        ActivityKind kindFilter = query.kindFilter();
        Long branchId = query.branchId();
        Long agreementId = query.agreementId();
        model.addAttribute("activities", party.activities(filter.areaId(), filter.from(), filter.to(), kindFilter,
                agreementId, branchId, scope, query.pageRequest(PAGE_SIZE)));
        model.addAttribute("area", filter.areaId());
        model.addAttribute("from", filter.from());
        model.addAttribute("to", filter.to());
        model.addAttribute("kind", kindFilter);
        model.addAttribute("branch", branchId);
        model.addAttribute("agreement", agreementId);
        model.addAttribute("areaChoices", choices.filterAreas(scope));
        model.addAttribute("branchChoices", choices.branches(scope));
        model.addAttribute("canEdit", user.hasAny(PartyAccess.WRITE));
        model.addAttribute("baseUrl", query.link());
        return "partybuilding/activityList";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        AreaScope scope = areas.scopeOf(user);
        model.addAttribute("activity", party.activity(id, scope));
        model.addAttribute("photos", party.activityPhotos(id, scope));
        model.addAttribute("history", party.activityHistory(id, scope));
        model.addAttribute("canEdit", user.hasAny(PartyAccess.WRITE));
        return "partybuilding/activityDetail";
    }

    @GetMapping("/{id}/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId,
            @RequestParam(required = false) String size, @AuthenticationPrincipal SignedInUser user) {
        party.activity(id, areas.scopeOf(user));
        return Photos.response(photos.content(new PhotoOwner(PartyBuildingManagement.ACTIVITY_PHOTOS, id), photoId,
                "thumb".equals(size)));
    }

    @GetMapping("/new")
    String newActivity(@RequestParam(required = false) String agreement, @RequestParam(required = false) String branch,
            @AuthenticationPrincipal SignedInUser user, Model model) {
        AreaScope scope = areas.scopeOf(user);
        ActivityForm form = new ActivityForm();
        form.setSubmissionKey(FormSubmissions.newKey());
        form.setHeldOn(party.today());
        Long agreementId = QueryParams.longOrNull(agreement);
        List<Named> chosen = List.of();
        if (agreementId != null) {
            AgreementView chosenAgreement = party.agreement(agreementId, scope);
            form.setAgreementId(agreementId);
            form.setKind(ActivityKind.JOINT_ACTIVITY);
            form.setBranchIds(new ArrayList<>(chosenAgreement.branchIds()));
            chosen = chosenAgreement.branches();
        }
        Long branchId = QueryParams.longOrNull(branch);
        if (branchId != null && agreementId == null) {
            form.setBranchIds(new ArrayList<>(List.of(branchId)));
        }
        model.addAttribute("activity", form);
        return form(user, model, chosen, List.of());
    }

    @PostMapping
    String create(@Valid @ModelAttribute("activity") ActivityForm form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        form.setId(null);
        photos.validate(form.getPhotos(), 0, errors, "photos");
        if (errors.hasErrors()) {
            return form(user, model, List.of(), List.of());
        }
        try {
            String target = submissions.once(form.getSubmissionKey(), () -> "/party/activities/"
                    + management.createActivity(form.toData(), form.getPhotos(), user.accountId(),
                            areas.scopeOf(user)).id());
            redirect.addFlashAttribute("flash", "party.activity.created");
            redirect.addFlashAttribute("submitted", form.getSubmissionKey());
            return "redirect:" + target;
        } catch (RejectedInput e) {
            RejectedInputs.show(e, errors);
            return form(user, model, List.of(), List.of());
        }
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        ActivityView activity = party.activity(id, areas.scopeOf(user));
        model.addAttribute("activity", ActivityForm.of(activity));
        model.addAttribute("photoList", party.activityPhotos(id, areas.scopeOf(user)));
        return form(user, model, activity.branches(), activity.participants());
    }

    @PostMapping("/{id}")
    String change(@PathVariable long id, @Valid @ModelAttribute("activity") ActivityForm form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        AreaScope scope = areas.scopeOf(user);
        ActivityView current = party.activity(id, scope);
        form.setId(id);
        model.addAttribute("photoList", party.activityPhotos(id, scope));
        photos.validate(form.getPhotos(), party.activityPhotos(id, scope).size(), errors, "photos");
        if (errors.hasErrors()) {
            return form(user, model, current.branches(), current.participants());
        }
        try {
            management.changeActivity(id, form.getVersion(), form.toData(), form.getPhotos(), user.accountId(), scope);
        } catch (StaleEditException e) {
            form(user, model, current.branches(), current.participants());
            return StaleEdits.showConflict(FORM, model, response);
        } catch (RejectedInput e) {
            RejectedInputs.show(e, errors);
            return form(user, model, current.branches(), current.participants());
        }
        redirect.addFlashAttribute("flash", "party.activity.saved");
        return "redirect:/party/activities/" + id;
    }

    private String form(SignedInUser user, Model model, List<Named> branches, List<Named> people) {
        AreaScope scope = areas.scopeOf(user);
        model.addAttribute("branchChoices", choices.branches(scope, branches));
        model.addAttribute("agreementChoices", choices.agreements(scope));
        model.addAttribute("peopleChoices", choices.people(scope, people));
        return FORM;
    }
}
