package org.gridwatch.area;

import java.util.List;
import org.springframework.web.util.HtmlUtils;

/** One area offered in a picker ({@code fragments/choices}): its id and a ready-made label. */
public record AreaChoice(long value, String label) {

    /**
     * The {@code <option>} elements of the choices as HTML, the one with {@code selected} as value marked, labels
     * escaped: for pickers of a whole branch (hundreds of stations and communities) on pages asked for often,
     * where three template expressions per option cost more than the rest of the page.
     */
    public static String optionsHtml(List<AreaChoice> choices, long selected) {
        StringBuilder html = new StringBuilder(choices.size() * 48);
        for (AreaChoice choice : choices) {
            html.append("<option value=\"").append(choice.value()).append('"');
            if (choice.value() == selected) {
                html.append(" selected");
            }
            html.append('>').append(HtmlUtils.htmlEscape(choice.label(), "UTF-8")).append("</option>");
        }
        return html.toString();
    }
}
