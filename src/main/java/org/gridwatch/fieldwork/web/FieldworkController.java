package org.gridwatch.fieldwork.web;

import java.util.Map;
import org.gridwatch.fieldwork.FieldworkChoices;
import org.gridwatch.fieldwork.RecordKind;
import org.gridwatch.identity.SignedInUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The "记一笔" entry point and the grid-under-my-position lookup behind every logging form's location button. */
@Controller
class FieldworkController {

    /** What can be logged from the entry point, in the order officers need them most. */
    private static final RecordKind[] LOGGABLE = {RecordKind.VISIT, RecordKind.PATROL, RecordKind.CONSULTATION,
            RecordKind.PUBLICITY, RecordKind.TIP, RecordKind.HAZARD, RecordKind.DISPUTE, RecordKind.DRILL};

    private final FieldworkChoices choices;

    FieldworkController(FieldworkChoices choices) {
        this.choices = choices;
    }

    @GetMapping("/log")
    String log(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("kinds", LOGGABLE);
        return "fieldwork/log";
    }

    /** The grid of the user's scope under a point, as {@code {"id":…,"label":…}}; 404 when none holds it. */
    @GetMapping("/fieldwork/grid-at")
    @ResponseBody
    ResponseEntity<Map<String, Object>> gridAt(@AuthenticationPrincipal SignedInUser user,
            @RequestParam double lat, @RequestParam double lon) {
        if (!Double.isFinite(lat) || !Double.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
            return ResponseEntity.badRequest().build();
        }
        return choices.gridAt(lat, lon, user)
                .<ResponseEntity<Map<String, Object>>>map(grid -> ResponseEntity.ok(
                        Map.of("id", grid.id(), "label", choices.gridLabel(grid.id()))))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
