package org.gridwatch.visit.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gridwatch.fieldwork.FieldworkChoices;
import org.gridwatch.fieldwork.RecordFilter;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.shared.paging.ListPage;
import org.gridwatch.shared.spreadsheet.SpreadsheetUploads;
import org.gridwatch.shared.spreadsheet.Spreadsheets;
import org.gridwatch.shared.web.DateDisplay;
import org.gridwatch.visit.VisitDirectory;
import org.gridwatch.visit.VisitSearch;
import org.gridwatch.visit.VisitView;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/** The visit ledger (走访台账): filters, sorting, paging, and the Excel export of exactly the filtered rows. */
@Controller
@RequestMapping("/visits")
class VisitListController {

    private static final int PAGE_SIZE = 20;
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final List<String> COLUMNS = List.of("visit.export.id", "visit.field.occurredAt",
            "visit.field.kind", "visit.column.grid", "visit.field.placeName", "visit.field.personIds",
            "visit.field.category", "visit.field.learned", "visit.field.followUpNeeded", "visit.field.followUpBy",
            "visit.field.followUpDoneAt", "visit.field.notes", "visit.field.latitude", "visit.field.longitude",
            "visit.field.campaignId", "visit.field.recordedByName", "visit.field.recordedAt");

    private final VisitDirectory visits;
    private final FieldworkChoices choices;
    private final VisitLabels labels;
    private final MessageSource messages;
    private final DateDisplay dates;
    private final Clock clock;

    VisitListController(VisitDirectory visits, FieldworkChoices choices, VisitLabels labels, MessageSource messages,
            DateDisplay dates, Clock clock) {
        this.clock = clock;
        this.visits = visits;
        this.choices = choices;
        this.labels = labels;
        this.messages = messages;
        this.dates = dates;
    }

    @GetMapping
    String list(@ModelAttribute VisitListQuery query, @AuthenticationPrincipal SignedInUser user, Model model) {
        VisitSearch search = query.search();
        ListPage<VisitView> rows = visits.search(search, choices.scope(user), query.pageRequest(PAGE_SIZE));
        model.addAttribute("visits", rows);
        model.addAttribute("search", search);
        model.addAttribute("sorts", VisitSearch.SORTS);
        model.addAttribute("areaChoices", choices.filterAreas(user, search.filter().areaId()));
        model.addAttribute("personChoices", choices.filterPeople(user, search.filter()));
        model.addAttribute("labels", labels.forPage(user, rows.getContent()));
        model.addAttribute("today", LocalDate.now(clock.withZone(RecordFilter.ZONE)));
        model.addAttribute("baseUrl", query.link("/visits", search.sort()).toString());
        Map<String, String> sortUrls = new LinkedHashMap<>();
        for (String option : VisitSearch.SORTS) {
            sortUrls.put(option, query.link("/visits", option).toString());
        }
        model.addAttribute("sortUrls", sortUrls);
        model.addAttribute("exportUrl", query.link("/visits/export", search.sort()).toString());
        model.addAttribute("canLog", user.hasAny(VisitAccess.LOG));
        return "visit/list";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@ModelAttribute VisitListQuery query, @AuthenticationPrincipal SignedInUser user) {
        List<VisitView> found = visits.export(query.search(), choices.scope(user));
        VisitLabels.Lookup lookup = labels.forUser(user);
        String yes = chinese("visit.yes");
        String no = chinese("visit.no");
        List<List<?>> rows = new ArrayList<>();
        for (VisitView v : found) {
            rows.add(java.util.Arrays.asList(v.id(), dates.dateTime(v.occurredAt()), chinese(v.kind().labelKey()),
                    lookup.gridLabel(v.gridId()), v.placeName(), lookup.peopleLabel(v.personIds()),
                    chinese(v.category().labelKey()), v.learned(), v.followUpNeeded() ? yes : no,
                    v.followUpBy() == null ? null : v.followUpBy().toString(),
                    v.followUpDoneAt() == null ? null : dates.dateTime(v.followUpDoneAt()), v.notes(),
                    v.latitude(), v.longitude(), v.campaignId(), v.recordedByName(),
                    dates.dateTime(v.recordedAt())));
        }
        List<String> headers = COLUMNS.stream().map(this::chinese).toList();
        String sheet = chinese("visit.export.sheet");
        return SpreadsheetUploads.download(sheet + "-" + LocalDate.now(clock.withZone(RecordFilter.ZONE)) + ".xlsx",
                Spreadsheets.write(sheet, headers, rows));
    }

    private String chinese(String key) {
        return messages.getMessage(key, null, CHINESE);
    }
}
