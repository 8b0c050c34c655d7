package org.gridwatch.tip.web;

import java.util.List;
import org.gridwatch.area.AreaScope;
import org.gridwatch.fieldwork.FieldworkChoices;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.photo.Photos;
import org.gridwatch.tip.RevealView;
import org.gridwatch.tip.TipDirectory;
import org.gridwatch.tip.TipView;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the detail page's model, for the plain GET and for the POSTs that show it again (a handling form with
 * errors, a reveal). Forms already in the model (with their errors) are kept.
 */
@Component
class TipDetailPage {

    static final String VIEW = "tip/detail";

    private final TipDirectory tips;
    private final FieldworkChoices choices;
    private final Photos photos;

    TipDetailPage(TipDirectory tips, FieldworkChoices choices, Photos photos) {
        this.tips = tips;
        this.choices = choices;
        this.photos = photos;
    }

    /** The tip within the user's scope (a 404 otherwise), ready to render. */
    String show(long id, SignedInUser user, Model model) {
        AreaScope scope = choices.scope(user);
        TipView tip = tips.get(id, scope);
        model.addAttribute("tip", tip);
        model.addAttribute("photos", photos.of(TipDirectory.photoOwner(id)));
        model.addAttribute("history", tips.history(id, scope));
        model.addAttribute("canEdit", tip.status().isOpen() && user.hasAny(TipAccess.RECORD));
        model.addAttribute("canHandle", tip.status().isOpen() && user.hasAny(TipAccess.HANDLE));
        model.addAttribute("canReveal", tip.sealed() && user.hasAny(TipAccess.REVEAL));
        boolean readsLog = user.hasAny(TipAccess.READ_ACCESS_LOG);
        model.addAttribute("showReveals", readsLog);
        model.addAttribute("reveals", readsLog ? tips.revealsOf(id, scope) : List.<RevealView>of());
        if (!model.containsAttribute("handOver")) {
            model.addAttribute("handOver", new HandOverForm());
        }
        if (!model.containsAttribute("dismissal")) {
            model.addAttribute("dismissal", new DismissForm());
        }
        if (!model.containsAttribute("reveal")) {
            model.addAttribute("reveal", new RevealForm());
        }
        return VIEW;
    }
}
