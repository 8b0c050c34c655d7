package org.gridwatch.duty.web;

import java.util.List;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.duty.DutyDirectory;
import org.gridwatch.duty.GridCoverage;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.people.PersonDirectory;
import org.gridwatch.people.PersonSummary;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "My grids": the grids the signed-in person is on duty for today, each with its team, liaison and channel. */
@Controller
class MyGridsController {

    private final DutyDirectory duty;
    private final PersonDirectory people;
    private final AreaDirectory areas;

    MyGridsController(DutyDirectory duty, PersonDirectory people, AreaDirectory areas) {
        this.duty = duty;
        this.people = people;
        this.areas = areas;
    }

    @GetMapping("/duty/my-grids")
    String myGrids(@AuthenticationPrincipal SignedInUser user, Model model) {
        PersonSummary person = people.ofAccount(user.accountId()).orElse(null);
        List<GridCoverage> grids = person == null ? List.of() : duty.gridsOf(person.id(), areas.scopeOf(user));
        model.addAttribute("person", person);
        model.addAttribute("grids", grids);
        return "duty/myGrids";
    }
}
