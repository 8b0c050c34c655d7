package org.gridwatch.duty.web;

import org.gridwatch.duty.CoverageStatus;

/** The coverage board's filters: a station or community, a status, a page. */
public class CoverageFilterForm {

    private Long area;

    private CoverageStatus status;

    private Integer page;

    public Long getArea() {
        return area;
    }

    public void setArea(Long area) {
        this.area = area;
    }

    public CoverageStatus getStatus() {
        return status;
    }

    public void setStatus(CoverageStatus status) {
        this.status = status;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }

    /** The board's address with these filters, for the pager links. */
    public String query() {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (area != null) {
            parts.add("area=" + area);
        }
        if (status != null) {
            parts.add("status=" + status);
        }
        return parts.isEmpty() ? "/duty/coverage" : "/duty/coverage?" + String.join("&", parts);
    }
}
