package org.gridwatch.outreach.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gridwatch.area.AreaScope;
import org.gridwatch.fieldwork.FieldworkChoices;
import org.gridwatch.fieldwork.RecordFilter;
import org.gridwatch.fieldwork.RecordKind;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.outreach.OutreachSearch;
import org.gridwatch.outreach.Recorder;
import org.gridwatch.people.PersonDirectory;
import org.gridwatch.people.PersonSummary;
import org.gridwatch.photo.Photos;
import org.gridwatch.shared.spreadsheet.SpreadsheetUploads;
import org.gridwatch.shared.spreadsheet.Spreadsheets;
import org.gridwatch.shared.web.DateDisplay;
import org.gridwatch.shared.web.FormSubmissions;
import org.gridwatch.shared.web.ListLink;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * What the three outreach pages do alike: the list filters and their links, the pickers and defaults of a logging
 * form, labels for grids and people, and the Excel export.
 */
@Component
class OutreachPages {

    /** An export beyond this many rows is cut (a workbook held in memory); narrow the filters instead. */
    static final int EXPORT_LIMIT = 20_000;
    static final int PAGE_SIZE = 20;

    private final FieldworkChoices choices;
    private final PersonDirectory people;
    private final Photos photos;
    private final MessageSource messages;
    private final DateDisplay dates;
    private final Clock clock;

    OutreachPages(FieldworkChoices choices, PersonDirectory people, Photos photos, MessageSource messages,
            DateDisplay dates, Clock clock) {
        this.choices = choices;
        this.people = people;
        this.photos = photos;
        this.messages = messages;
        this.dates = dates;
        this.clock = clock;
    }

    AreaScope scope(SignedInUser user) {
        return choices.scope(user);
    }

    ZoneId zone() {
        return dates.zone();
    }

    Clock clock() {
        return clock;
    }

    Recorder recorder(SignedInUser user) {
        return new Recorder(user.accountId(), user.displayName());
    }

    /**
     * The filter bar and links of a list: the choices, the values in force, and the list's query string for the
     * pager and the export link. {@code categoryParam} names the kind's own filter ({@code channel}, {@code topic};
     * null when it has none) and {@code category} its value in force; {@code sort} is the sort in force.
     */
    void listModel(Model model, SignedInUser user, RecordKind kind, OutreachSearch search, String categoryParam,
            Object category, String sort, List<String> sorts) {
        RecordFilter filter = search.filter();
        model.addAttribute("kind", kind);
        model.addAttribute("filter", filter);
        model.addAttribute("category", category);
        model.addAttribute("sort", sort);
        model.addAttribute("sorts", sorts);
        model.addAttribute("areaChoices", choices.filterAreas(user, filter.areaId()));
        model.addAttribute("peopleChoices", choices.filterPeople(user, filter));
        model.addAttribute("gridLabels", choices.gridLabels(user));
        model.addAttribute("canLog", user.hasAny(OutreachAccess.LOG));
        model.addAttribute("filtered", filter.areaId() != null || filter.from() != null || filter.to() != null
                || filter.personId() != null || filter.campaignId() != null || category != null);
        ListLink link = filter.link(kind.path());
        if (categoryParam != null) {
            link.with(categoryParam, category);
        }
        link.with("sort", sort);
        model.addAttribute("baseUrl", link.toString());
        model.addAttribute("exportUrl", link.at(kind.path() + "/export").toString());
    }

    /** The pickers of a logging form. */
    void formModel(Model model, SignedInUser user) {
        OutreachForm form = (OutreachForm) model.getAttribute("form");
        model.addAttribute("gridChoices", choices.grids(user));
        model.addAttribute("campaignChoices", choices.campaigns(user, form.getGridId(), form.getOccurredAt(), form.getCampaignId()));
        model.addAttribute("peopleChoices", choices.people(user));
    }

    /** Defaults of a new form: now, the user's grid, the user's own person, a fresh submission key. */
    void startNew(OutreachForm form, SignedInUser user) {
        form.startNew(choices.defaultGrid(user).orElse(null), choices.me(user).orElse(null), clock.instant(), zone(),
                FormSubmissions.newKey());
    }

    Long me(SignedInUser user) {
        return choices.me(user).orElse(null);
    }

    /** Checks the chosen photos against the limits, counting those the record already has. */
    /** Rejects a campaign that does not cover the record's grid on its day. */
    void checkCampaign(OutreachForm form, SignedInUser user, BindingResult errors) {
        choices.checkCampaign(form.getCampaignId(), form.getGridId(), form.getOccurredAt(), errors, "campaignId");
    }

    void validatePhotos(OutreachForm form, int alreadyAttached, BindingResult errors) {
        photos.validate(form.getPhotos(), alreadyAttached, errors, "photos");
    }

    /** Labels for one page or export, each looked up once. */
    Labels labels() {
        return new Labels();
    }

    /** A workbook of the rows with the header keys resolved in Chinese, named after the kind and today. */
    ResponseEntity<byte[]> export(RecordKind kind, List<String> headerKeys, List<List<?>> rows) {
        List<String> headers = headerKeys.stream()
                .map(key -> messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE)).toList();
        String name = messages.getMessage("outreach.exportFile." + kind.name(), null, kind.name(),
                Locale.SIMPLIFIED_CHINESE);
        byte[] workbook = Spreadsheets.write(name, headers, rows);
        return SpreadsheetUploads.download(name + "-" + LocalDate.now(clock.withZone(zone())) + ".xlsx", workbook);
    }

    String message(String key) {
        return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
    }

    /** Grid and person labels for rows, memoised: a page names the same few grids and people many times. */
    final class Labels {

        private final Map<Long, String> grids = new HashMap<>();
        private final Map<Long, String> persons = new HashMap<>();

        /** 派出所 › 社区 › 网格. */
        public String grid(long gridId) {
            return grids.computeIfAbsent(gridId, choices::gridLabel);
        }

        public String person(Long personId) {
            if (personId == null) {
                return "";
            }
            return persons.computeIfAbsent(personId,
                    id -> people.find(id).map(PersonSummary::name).orElse("#" + id));
        }

        public String people(List<Long> personIds) {
            return String.join("、", personIds.stream().map(this::person).toList());
        }

        public String time(Instant instant) {
            return dates.dateTime(instant);
        }
    }
}
