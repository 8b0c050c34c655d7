package org.gridwatch.rating.web;

import java.time.YearMonth;
import java.util.Optional;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.area.AreaType;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.rating.CommunityRating;
import org.gridwatch.rating.ConfirmOutcome;
import org.gridwatch.rating.RatingBoard;
import org.gridwatch.rating.Ratings;
import org.gridwatch.shared.paging.ListPage;
import org.gridwatch.shared.web.QueryParams;
import org.gridwatch.shared.web.RecordNotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The "三零" ratings of an area's communities for a month, one community's drill-down to the records that break a
 * rule, and a supervisor's confirmation of the month. ADMIN, SUPERVISOR and OFFICER read within their scope.
 */
@Controller
class RatingController {

    private final Ratings ratings;
    private final AreaDirectory areas;

    RatingController(Ratings ratings, AreaDirectory areas) {
        this.ratings = ratings;
        this.areas = areas;
    }

    /** Communities per page of the board: a bureau's board holds hundreds; the summary counts them all. */
    static final int PAGE_SIZE = 50;

    @GetMapping("/ratings")
    String board(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String area,
            @RequestParam(required = false) String month, @RequestParam(required = false) String page,
            Model model) {
        AreaScope scope = areas.scopeOf(user);
        YearMonth shown = ratings.lastMonth();
        if (month != null && !month.isBlank()) {
            Optional<YearMonth> parsed = RatingMonth.parse(month, shown.plusMonths(1));
            if (parsed.isPresent()) {
                shown = parsed.get();
            } else {
                model.addAttribute("monthError", "rating.month.invalid");
                model.addAttribute("monthInput", month.length() > 20 ? month.substring(0, 20) : month);
            }
        }
        RatingBoard board = ratings.board(areaId(area, user), shown, scope);
        model.addAttribute("board", board);
        model.addAttribute("rows", ListPage.of(board.rows(), PageRequest.of(QueryParams.page(page), PAGE_SIZE)));
        model.addAttribute("baseUrl", boardUrl(board.area().id(), shown));
        model.addAttribute("areaChoices", areas.choices(scope, AreaType.BRANCH, AreaType.STATION, AreaType.COMMUNITY));
        model.addAttribute("mayConfirm", user.hasAny(RatingAccess.CONFIRM));
        return "rating/board";
    }

    @GetMapping("/ratings/{communityId}/{month}")
    String community(@AuthenticationPrincipal SignedInUser user, @PathVariable String communityId,
            @PathVariable String month, Model model) {
        AreaScope scope = areas.scopeOf(user);
        Long id = QueryParams.longOrNull(communityId);
        YearMonth shown = RatingMonth.parse(month, ratings.lastMonth().plusMonths(1))
                .orElseThrow(() -> new RecordNotFoundException("Month", month));
        if (id == null) {
            throw new RecordNotFoundException("Community", communityId);
        }
        CommunityRating rating = ratings.community(id, shown, scope);
        model.addAttribute("rating", rating);
        model.addAttribute("history", ratings.history(id, shown, scope));
        model.addAttribute("parentId", areas.find(id).map(a -> a.parentId()).orElse(null));
        return "rating/community";
    }

    /** Confirms the month for the area: idempotent (a second confirmation, even a concurrent one, changes nothing). */
    @PostMapping("/ratings/confirm")
    String confirm(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String area,
            @RequestParam(required = false) String month, RedirectAttributes redirect) {
        AreaScope scope = areas.scopeOf(user);
        long areaId = areaId(area, user);
        Optional<YearMonth> parsed = RatingMonth.parse(month, ratings.lastMonth().plusMonths(1));
        if (parsed.isEmpty()) {
            areas.get(areaId, scope);
            redirect.addFlashAttribute("flashError", "rating.month.invalid");
            return "redirect:" + boardUrl(areaId, null);
        }
        ConfirmOutcome outcome;
        try {
            outcome = ratings.confirm(areaId, parsed.get(), scope, user.accountId(), user.displayName());
        } catch (DataIntegrityViolationException concurrent) {
            outcome = ConfirmOutcome.ALREADY_CONFIRMED;
        }
        redirect.addFlashAttribute(outcome == ConfirmOutcome.CONFIRMED ? "flash" : "flashError", outcome.messageKey());
        return "redirect:" + boardUrl(areaId, parsed.get());
    }

    private static long areaId(String area, SignedInUser user) {
        if (area != null && !area.isBlank()) {
            Long id = QueryParams.longOrNull(area);
            if (id == null) {
                throw new RecordNotFoundException("Area", area);
            }
            return id;
        }
        if (user.scopeAreaId() == null) {
            throw new RecordNotFoundException("Area", "none");
        }
        return user.scopeAreaId();
    }

    private static String boardUrl(long areaId, YearMonth month) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/ratings").queryParam("area", areaId);
        if (month != null) {
            url.queryParam("month", month.toString());
        }
        return url.toUriString();
    }
}
