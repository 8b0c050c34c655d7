package org.gridwatch.duty.web;

import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.duty.CoverageBoard;
import org.gridwatch.duty.CoverageFilter;
import org.gridwatch.duty.CoverageStatus;
import org.gridwatch.duty.DutyDirectory;
import org.gridwatch.identity.SignedInUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The coverage board: every grid in scope covered, partly covered or uncovered, and assignments ending soon. */
@Controller
class CoverageController {

    private static final int PAGE_SIZE = 25;

    private final DutyDirectory duty;
    private final AreaDirectory areas;
    private final Pickers pickers;

    CoverageController(DutyDirectory duty, AreaDirectory areas, Pickers pickers) {
        this.duty = duty;
        this.areas = areas;
        this.pickers = pickers;
    }

    @GetMapping("/duty/coverage")
    String board(@ModelAttribute("filter") CoverageFilterForm form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser user, Model model) {
        AreaScope scope = areas.scopeOf(user);
        String prefix = null;
        if (!errors.hasFieldErrors("area") && form.getArea() != null) {
            var area = areas.find(form.getArea(), scope);
            if (area.isPresent()) {
                prefix = area.get().path();
            } else {
                errors.rejectValue("area", "duty.coverage.areaUnknown");
            }
        }
        CoverageStatus status = errors.hasFieldErrors("status") ? null : form.getStatus();
        int page = form.getPage() == null || errors.hasFieldErrors("page") ? 0 : Math.max(form.getPage(), 0);
        CoverageFilter filter = new CoverageFilter(prefix, status);
        CoverageBoard board = duty.board(scope, filter, PageRequest.of(page, PAGE_SIZE));
        model.addAttribute("counts", board.counts());
        model.addAttribute("grids", board.grids());
        model.addAttribute("endingSoon", duty.endingSoon(scope, filter));
        model.addAttribute("endingDays", DutyDirectory.ENDING_WITHIN_DAYS);
        model.addAttribute("areaChoices", pickers.stationsAndCommunities(scope));
        model.addAttribute("statuses", CoverageStatus.values());
        return "duty/coverage";
    }
}
