package org.gridwatch.tip.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.gridwatch.fieldwork.FieldworkChoices;
import org.gridwatch.fieldwork.RecordFilter;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.shared.RejectedInput;
import org.gridwatch.shared.web.QueryParams;
import org.gridwatch.shared.web.RejectedInputs;
import org.gridwatch.tip.Recorder;
import org.gridwatch.tip.RevealedSource;
import org.gridwatch.tip.TipDirectory;
import org.gridwatch.tip.TipManagement;
import org.springframework.http.HttpHeaders;
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

/**
 * Handling a tip (verify, hand over, dismiss), revealing its sealed source to a supervisor, and the access log
 * of reveals.
 */
@Controller
@RequestMapping("/tips")
class TipHandlingController {

    private static final int PAGE_SIZE = 50;

    private final TipManagement management;
    private final TipDirectory tips;
    private final TipDetailPage detailPage;
    private final FieldworkChoices choices;

    TipHandlingController(TipManagement management, TipDirectory tips, TipDetailPage detailPage,
            FieldworkChoices choices) {
        this.management = management;
        this.tips = tips;
        this.detailPage = detailPage;
        this.choices = choices;
    }

    @PostMapping("/{id}/verify")
    String verify(@PathVariable long id, @RequestParam(required = false) String version,
            @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        management.verify(id, versionOf(version), Recorder.of(user), choices.scope(user));
        redirect.addFlashAttribute("flash", "tip.verified");
        return "redirect:/tips/" + id;
    }

    @PostMapping("/{id}/hand-over")
    String handOver(@PathVariable long id, @Valid @ModelAttribute("handOver") HandOverForm form,
            BindingResult errors, @AuthenticationPrincipal SignedInUser user, Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                management.handOver(id, versionOf(form.getVersion()), form.getUnit(), Recorder.of(user),
                        choices.scope(user));
                redirect.addFlashAttribute("flash", "tip.handedOver");
                return "redirect:/tips/" + id;
            } catch (RejectedInput e) {
                RejectedInputs.show(e.at("unit"), errors);
            }
        }
        return detailPage.show(id, user, model);
    }

    @PostMapping("/{id}/dismiss")
    String dismiss(@PathVariable long id, @Valid @ModelAttribute("dismissal") DismissForm form,
            BindingResult errors, @AuthenticationPrincipal SignedInUser user, Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                management.dismiss(id, versionOf(form.getVersion()), form.getDismissalReason(), Recorder.of(user),
                        choices.scope(user));
                redirect.addFlashAttribute("flash", "tip.dismissed");
                return "redirect:/tips/" + id;
            } catch (RejectedInput e) {
                RejectedInputs.show(e.at("dismissalReason"), errors);
            }
        }
        return detailPage.show(id, user, model);
    }

    /**
     * The detail page with the source in clear, for this response only: nothing is cached and the page is not
     * reached again by a link (reloading it sends, and logs, the reveal again).
     */
    @PostMapping("/{id}/reveal")
    String reveal(@PathVariable long id, @Valid @ModelAttribute("reveal") RevealForm form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser user, Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader(HttpHeaders.PRAGMA, "no-cache");
        if (!errors.hasErrors()) {
            try {
                RevealedSource revealed = management.reveal(id, form.getRevealReason(), user);
                model.addAttribute("revealed", revealed);
                model.addAttribute("reveal", new RevealForm());
            } catch (RejectedInput e) {
                RejectedInputs.show(e.at("revealReason"), errors);
            }
        }
        return detailPage.show(id, user, model);
    }

    @GetMapping("/reveals")
    String accessLog(@ModelAttribute RevealLogQuery query, @AuthenticationPrincipal SignedInUser user, Model model) {
        RecordFilter filter = query.filter();
        model.addAttribute("reveals", tips.reveals(filter, choices.pathPrefix(filter, user),
                query.pageRequest(PAGE_SIZE)));
        model.addAttribute("filter", filter);
        model.addAttribute("areaChoices", choices.filterAreas(user, filter.areaId()));
        model.addAttribute("baseUrl", query.link("/tips/reveals").toString());
        return "tip/reveals";
    }

    /** A version that does not parse is one nobody holds: the change is refused as stale (409). */
    private static long versionOf(String version) {
        Long parsed = QueryParams.longOrNull(version);
        return parsed == null ? -1 : parsed;
    }
}
