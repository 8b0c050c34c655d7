package org.gridwatch.demo;

import org.gridwatch.fieldwork.Satisfaction;

/**
 * Residents' answers (群众满意度) for demo visits and consultations, a pure function of the record's number so the
 * other demo figures stay as they were: about two in five are asked; of those about 70% 满意, 25% 基本满意 and
 * 5% 不满意, a few with a remark.
 */
final class DemoAnswers {

    private static final String[] REMARKS = {"民警态度很好，解释得很清楚", "希望以后多来社区看看", "问题还没完全解决，再跟进一下"};

    private DemoAnswers() {
    }

    /** The answer for the n-th record, or null when the resident was not asked. */
    static Satisfaction answer(long n) {
        if (Math.floorMod(n * 2654435761L, 100) < 60) {
            return null;
        }
        long level = Math.floorMod(n * 40503L + 7, 20);
        return level < 14 ? Satisfaction.SATISFIED : level < 19 ? Satisfaction.BASICALLY : Satisfaction.UNSATISFIED;
    }

    /** A remark beside the n-th record's answer, now and then. */
    static String remark(long n) {
        Satisfaction answer = answer(n);
        if (answer == null || Math.floorMod(n, 7) != 0 && answer != Satisfaction.UNSATISFIED) {
            return null;
        }
        return REMARKS[answer.ordinal()];
    }
}
