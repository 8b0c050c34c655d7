package org.gridwatch.report.web;

import java.time.LocalDate;

/**
 * The monthly report's query parameters, shared by the page and its Excel and PDF downloads: the area and either a
 * month or a period. Read by {@link ReportRequest}, which reports a malformed value beside its field.
 */
record MonthlyReportQuery(String area, String month, String from, String to) {

    ReportRequest request(LocalDate today) {
        return ReportRequest.of(area, month, from, to, today);
    }
}
