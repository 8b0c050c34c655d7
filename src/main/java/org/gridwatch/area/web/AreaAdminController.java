package org.gridwatch.area.web;

import org.gridwatch.area.AreaChoice;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.gridwatch.area.AreaDetails;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaManagement;
import org.gridwatch.area.AreaScope;
import org.gridwatch.area.AreaSummary;
import org.gridwatch.area.AreaType;
import org.gridwatch.area.CommunityKind;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.shared.RejectedInput;
import org.gridwatch.shared.web.FormSubmissions;
import org.gridwatch.shared.web.NotAllowedException;
import org.gridwatch.shared.web.RecordNotFoundException;
import org.gridwatch.shared.web.RejectedInputs;
import org.gridwatch.shared.web.StaleEditException;
import org.gridwatch.shared.web.StaleEdits;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding, editing, moving and retiring areas: administrators only, and only within their scope. */
@Controller
@RequestMapping("/areas")
class AreaAdminController {

    private static final String FORM = "area/form";
    private static final String MOVE = "area/move";
    private static final String RETIRE = "area/retire";
    private static final long MAX_UPLOAD_BYTES = 1_000_000;

    private final AreaDirectory directory;
    private final AreaManagement management;
    private final FormSubmissions submissions;

    AreaAdminController(AreaDirectory directory, AreaManagement management, FormSubmissions submissions) {
        this.directory = directory;
        this.management = management;
        this.submissions = submissions;
    }

    @GetMapping("/new")
    String newArea(@RequestParam(required = false) Long parent, @AuthenticationPrincipal SignedInUser user,
            Model model) {
        AreaForm form = new AreaForm();
        AreaSummary parentArea = parentWithin(parent, directory.scopeOf(user));
        if (parentArea != null && parentArea.type().childType() == null) {
            throw new NotAllowedException("A grid has no child areas");
        }
        form.setParentId(parent);
        form.setSubmissionKey(FormSubmissions.newKey());
        form.setType(parentArea == null ? AreaType.BUREAU : parentArea.type().childType());
        model.addAttribute("area", form);
        return form(model, parentArea, directory.scopeOf(user));
    }

    @PostMapping
    String create(@Valid @ModelAttribute("area") AreaForm form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        form.setId(null);
        AreaSummary parentArea = parentWithin(form.getParentId(), directory.scopeOf(user));
        readUpload(form, errors);
        if (!errors.hasErrors()) {
            try {
                String target = submissions.once(form.getSubmissionKey(),
                        () -> "/areas/" + management.create(form.toNewArea()).id());
                redirect.addFlashAttribute("flash", "area.flash.created");
                return "redirect:" + target;
            } catch (RejectedInput e) {
                RejectedInputs.show(e, errors);
            }
        }
        return form(model, parentArea, directory.scopeOf(user));
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        AreaDetails area = directory.details(id, directory.scopeOf(user));
        model.addAttribute("area", AreaForm.of(area));
        return form(model, directory.get(id, directory.scopeOf(user)), directory.scopeOf(user));
    }

    @PostMapping("/{id}/edit")
    String change(@PathVariable long id, @Valid @ModelAttribute("area") AreaForm form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        AreaScope scope = directory.scopeOf(user);
        AreaDetails area = directory.details(id, scope);
        AreaSummary crumb = directory.get(id, scope);
        form.setId(id);
        form.setType(area.type());
        form.setParentId(area.parentId());
        readUpload(form, errors);
        if (!errors.hasErrors()) {
            try {
                management.change(id, form.toChanges());
                redirect.addFlashAttribute("flash", "area.flash.saved");
                return "redirect:/areas/" + id;
            } catch (RejectedInput e) {
                RejectedInputs.show(e, errors);
            } catch (StaleEditException e) {
                form(model, crumb, scope);
                return StaleEdits.showConflict(FORM, model, response);
            }
        }
        return form(model, crumb, scope);
    }

    @GetMapping("/{id}/move")
    String moveForm(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        AreaScope scope = directory.scopeOf(user);
        AreaDetails area = directory.details(id, scope);
        MoveForm form = new MoveForm();
        form.setParentId(area.parentId());
        form.setVersion(area.version());
        model.addAttribute("move", form);
        return move(model, area, scope);
    }

    @PostMapping("/{id}/move")
    String move(@PathVariable long id, @Valid @ModelAttribute("move") MoveForm form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        AreaScope scope = directory.scopeOf(user);
        AreaDetails area = directory.details(id, scope);
        if (!errors.hasErrors() && directory.find(form.getParentId(), scope).isEmpty()) {
            errors.rejectValue("parentId", "area.parent.unknown");
        }
        if (!errors.hasErrors()) {
            try {
                management.move(id, form.getParentId(), form.getVersion());
                redirect.addFlashAttribute("flash", "area.flash.moved");
                return "redirect:/areas/" + id;
            } catch (RejectedInput e) {
                RejectedInputs.show(e, errors);
            } catch (StaleEditException e) {
                move(model, area, scope);
                return StaleEdits.showConflict(MOVE, model, response);
            }
        }
        return move(model, area, scope);
    }

    @GetMapping("/{id}/retire")
    String retireForm(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        AreaScope scope = directory.scopeOf(user);
        AreaDetails area = retirable(id, scope);
        RetireForm form = new RetireForm();
        form.setVersion(area.version());
        model.addAttribute("retire", form);
        return retire(model, area, scope);
    }

    @PostMapping("/{id}/retire")
    String retire(@PathVariable long id, @Valid @ModelAttribute("retire") RetireForm form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        AreaScope scope = directory.scopeOf(user);
        AreaDetails area = retirable(id, scope);
        if (!errors.hasErrors() && !allWithin(form.getSuccessorIds(), scope)) {
            errors.rejectValue("successorIds", "area.retire.successorNotLiveGrid");
        }
        if (!errors.hasErrors()) {
            try {
                management.retire(id, form.getSuccessorIds(), form.getNote(), form.getVersion());
                redirect.addFlashAttribute("flash", "area.flash.retired");
                return "redirect:/areas/" + id;
            } catch (RejectedInput e) {
                RejectedInputs.show(e, errors);
            } catch (StaleEditException e) {
                retire(model, area, scope);
                return StaleEdits.showConflict(RETIRE, model, response);
            }
        }
        return retire(model, area, scope);
    }

    /** crumb: the parent of a new area, or the area being edited; the breadcrumbs lead to it. */
    private String form(Model model, AreaSummary crumb, AreaScope scope) {
        model.addAttribute("crumb", crumb);
        model.addAttribute("ancestry", crumb == null ? List.of()
                : AreaController.ancestryWithin(crumb.id(), scope, directory));
        model.addAttribute("allTypes", AreaType.values());
        model.addAttribute("communityKinds", CommunityKind.values());
        return FORM;
    }

    private String move(Model model, AreaDetails area, AreaScope scope) {
        if (area.type().parentType() == null) {
            throw new NotAllowedException("The root area cannot move");
        }
        model.addAttribute("target", area);
        model.addAttribute("ancestry", AreaController.ancestryWithin(area.id(), scope, directory));
        model.addAttribute("parentOptions", labels(directory.liveWithin(scope, area.type().parentType()), -1));
        return MOVE;
    }

    private String retire(Model model, AreaDetails area, AreaScope scope) {
        model.addAttribute("target", area);
        model.addAttribute("ancestry", AreaController.ancestryWithin(area.id(), scope, directory));
        model.addAttribute("gridOptions", labels(directory.liveWithin(scope, AreaType.GRID), area.id()));
        return RETIRE;
    }

    private AreaDetails retirable(long id, AreaScope scope) {
        AreaDetails area = directory.details(id, scope);
        if (!area.grid() || area.retired()) {
            throw new NotAllowedException("Only a live grid can be retired: area " + id);
        }
        return area;
    }

    /** The parent of a new area within the scope; a new root only for a user who sees the whole tree. */
    private AreaSummary parentWithin(Long parentId, AreaScope scope) {
        if (parentId == null) {
            if (!scope.equals(AreaScope.everything())) {
                throw new RecordNotFoundException("Area", "root");
            }
            return null;
        }
        return directory.get(parentId, scope);
    }

    private boolean allWithin(Collection<Long> ids, AreaScope scope) {
        return ids.stream().allMatch(id -> id != null && directory.find(id, scope).isPresent());
    }

    private static List<AreaChoice> labels(Collection<AreaSummary> areas, long except) {
        return areas.stream().filter(a -> a.id() != except)
                .map(a -> new AreaChoice(a.id(), a.name() + " · " + a.code())).toList();
    }

    /** A boundary file, when one is chosen, replaces the text pasted in the form. */
    private static void readUpload(AreaForm form, BindingResult errors) {
        MultipartFile file = form.getBoundaryFile();
        if (file == null || file.isEmpty()) {
            return;
        }
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".geojson") && !name.endsWith(".json")) {
            errors.rejectValue("boundaryFile", "area.boundaryFile.wrongType");
        } else if (file.getSize() > MAX_UPLOAD_BYTES) {
            errors.rejectValue("boundaryFile", "area.boundaryFile.tooLarge");
        } else {
            try {
                form.setBoundary(new String(file.getBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                errors.rejectValue("boundaryFile", "area.boundaryFile.unreadable");
            }
        }
    }
}
