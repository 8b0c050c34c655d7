package org.gridwatch.visit;

/** What a visit learned (社情民意): a concern, a request, a risk, praise, or something else. */
public enum VisitCategory {
    CONCERN, REQUEST, RISK, PRAISE, OTHER;

    public String labelKey() {
        return "visit.category." + name();
    }
}
