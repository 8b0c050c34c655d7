package org.gridwatch.dispute;

/** The parties' verdict at the call-back (回访): 满意, 基本满意, 不满意. */
public enum Satisfaction {
    SATISFIED, BASICALLY, UNSATISFIED
}
