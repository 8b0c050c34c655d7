package org.gridwatch.area.web;

import java.util.List;
import org.gridwatch.area.AreaDetails;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.area.AreaSummary;
import org.gridwatch.area.AreaTree;
import org.gridwatch.identity.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The area tree and area detail pages, for every signed-in user within their scope. */
@Controller
@RequestMapping("/areas")
class AreaController {

    /** Beyond this many grids the tree stops at communities: thousands of nodes make a page nobody reads. */
    static final int MAX_GRIDS_IN_TREE = 300;

    private final AreaDirectory directory;
    private final MapProperties map;

    AreaController(AreaDirectory directory, MapProperties map) {
        this.directory = directory;
        this.map = map;
    }

    @GetMapping
    String tree(@RequestParam(defaultValue = "false") boolean retired, @AuthenticationPrincipal SignedInUser user,
            Model model) {
        AreaTree tree = directory.tree(directory.scopeOf(user), retired, MAX_GRIDS_IN_TREE);
        model.addAttribute("roots", tree.roots());
        model.addAttribute("gridsShown", tree.gridsShown());
        model.addAttribute("withRetired", retired);
        return "area/tree";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        AreaScope scope = directory.scopeOf(user);
        describe(directory.details(id, scope), scope, model);
        model.addAttribute("tab", "overview");
        return "area/detail";
    }

    @GetMapping("/{id}/history")
    String history(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        AreaScope scope = directory.scopeOf(user);
        describe(directory.details(id, scope), scope, model);
        model.addAttribute("history", directory.history(id, scope));
        model.addAttribute("tab", "history");
        return "area/detail";
    }

    private void describe(AreaDetails area, AreaScope scope, Model model) {
        model.addAttribute("area", area);
        model.addAttribute("ancestry", ancestryWithin(area.id(), scope, directory));
        model.addAttribute("children", directory.children(area.id(), scope));
        model.addAttribute("tileUrl", map.tileUrl());
        model.addAttribute("tileAttribution", map.attribution());
    }

    /** The breadcrumb trail above an area, from the top of the user's scope down (the area itself excluded). */
    static List<AreaSummary> ancestryWithin(long id, AreaScope scope, AreaDirectory directory) {
        return directory.ancestry(id).stream()
                .filter(a -> a.id() != id && scope.includesPath(a.path())).toList();
    }
}
