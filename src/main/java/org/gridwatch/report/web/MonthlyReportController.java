package org.gridwatch.report.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gridwatch.area.AreaChoice;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.area.AreaType;
import org.gridwatch.fieldwork.RecordFilter;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.report.MonthlyReport;
import org.gridwatch.report.MonthlyReports;
import org.gridwatch.report.ReportItem;
import org.gridwatch.shared.spreadsheet.SpreadsheetUploads;
import org.gridwatch.shared.web.RecordNotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The monthly report of an area in the user's scope, for a month or a custom period: the page, the workbook and
 * the PDF, all from the same parameters. SUPERVISOR and ADMIN read it, and an OFFICER for their own scope (the
 * same records their lists show); others get a 403, an area outside the scope a 404. Malformed parameters fall back
 * to the defaults with a message on the page; a download with malformed parameters answers with that page (400).
 */
@Controller
class MonthlyReportController {

    private final MonthlyReports reports;
    private final AreaDirectory areas;
    private final Clock clock;

    MonthlyReportController(MonthlyReports reports, AreaDirectory areas, Clock clock) {
        this.reports = reports;
        this.areas = areas;
        this.clock = clock;
    }

    @GetMapping("/reports/monthly")
    String page(@AuthenticationPrincipal SignedInUser user, @ModelAttribute MonthlyReportQuery query,
            Locale locale, Model model) {
        ReportRequest request = request(query);
        MonthlyReport report = report(user, request);
        return page(user, report, request, locale, model);
    }

    @GetMapping("/reports/monthly.xlsx")
    Object workbook(@AuthenticationPrincipal SignedInUser user, @ModelAttribute MonthlyReportQuery query,
            Locale locale, Model model, HttpServletResponse response) {
        ReportRequest request = request(query);
        MonthlyReport report = report(user, request);
        if (request.malformed()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(user, report, request, locale, model);
        }
        return SpreadsheetUploads.download(report.fileName() + ".xlsx", reports.workbook(report));
    }

    @GetMapping("/reports/monthly.pdf")
    Object pdf(@AuthenticationPrincipal SignedInUser user, @ModelAttribute MonthlyReportQuery query,
            Locale locale, Model model, HttpServletResponse response) {
        ReportRequest request = request(query);
        MonthlyReport report = report(user, request);
        if (request.malformed()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(user, report, request, locale, model);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(report.fileName() + ".pdf", StandardCharsets.UTF_8).build().toString())
                .body(reports.pdf(report));
    }

    private ReportRequest request(MonthlyReportQuery query) {
        return query.request(LocalDate.now(clock.withZone(RecordFilter.ZONE)));
    }

    private MonthlyReport report(SignedInUser user, ReportRequest request) {
        AreaScope scope = areas.scopeOf(user);
        Long areaId = request.areaId() != null ? request.areaId() : defaultArea(user, scope);
        return reports.report(areaId, request.from(), request.to(), scope);
    }

    /** The user's own area; an ADMIN without one gets the top of the tree. */
    private Long defaultArea(SignedInUser user, AreaScope scope) {
        if (user.scopeAreaId() != null) {
            return user.scopeAreaId();
        }
        return areas.choices(scope, AreaType.BUREAU, AreaType.BRANCH).stream().findFirst().map(AreaChoice::value)
                .orElseThrow(() -> new RecordNotFoundException("Area", "none"));
    }

    private String page(SignedInUser user, MonthlyReport report, ReportRequest request, Locale locale,
            Model model) {
        List<AreaChoice> choices = new ArrayList<>(areas.choices(areas.scopeOf(user),
                AreaType.BUREAU, AreaType.BRANCH, AreaType.STATION, AreaType.COMMUNITY));
        if (choices.stream().noneMatch(c -> c.value() == report.area().id())) {
            choices.add(0, new AreaChoice(report.area().id(), report.area().name()));
        }
        model.addAttribute("report", report);
        model.addAttribute("request", request);
        model.addAttribute("areaOptions", AreaChoice.optionsHtml(choices, report.area().id()));
        model.addAttribute("items", ReportItem.values());
        model.addAttribute("columns", ReportItem.AREA_COLUMNS);
        model.addAttribute("period", reports.period(report, locale));
        model.addAttribute("summary", reports.summary(report, locale));
        model.addAttribute("officialSummary", reports.summary(report, Locale.SIMPLIFIED_CHINESE));
        model.addAttribute("english", Locale.ENGLISH.getLanguage().equals(locale.getLanguage()));
        model.addAttribute("periodQuery", periodQuery(report));
        model.addAttribute("query", "?area=" + report.area().id() + "&" + periodQuery(report));
        model.addAttribute("dashboardQuery", "?area=" + report.area().id() + "&period=CUSTOM&from=" + report.from()
                + "&to=" + report.to());
        return "report/monthly";
    }

    /** The period of the report shown (corrected where the request was malformed), for its links. */
    private static String periodQuery(MonthlyReport report) {
        return report.month() != null ? "month=" + report.month() : "from=" + report.from() + "&to=" + report.to();
    }
}
