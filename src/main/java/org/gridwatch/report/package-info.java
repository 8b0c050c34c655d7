/**
 * The monthly report (月报) of an area for a month or a custom period: the figures the branch's own reports
 * quote (visits to enterprises, venues and schools, publicity events, disputes resolved, consultations answered,
 * hazards rectified, joint patrols, tips), per child area too, with a generated paragraph in the reports' style —
 * as a page, an Excel workbook and a PDF (Chinese in an embedded Noto Sans SC subset). Reads the kept figures of
 * {@code stats} and the case and outreach modules' own counts; stores nothing.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Monthly report",
        allowedDependencies = {"area", "dispute", "fieldwork", "hazard", "identity", "outreach", "shared", "stats"})
package org.gridwatch.report;
