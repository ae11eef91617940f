package vn.ketnghia.coverage;

import vn.ketnghia.common.persistence.Coded;

/** What an active agreement is missing (the review's findings: short-lived support, plans, reports). */
public enum CoverageGap implements Coded {
    /** No support record in the last N months, though the agreement started before them. */
    NO_RECENT_SUPPORT("no_recent_support"),
    /** No agreed annual programme for the plan year. */
    NO_AGREED_PLAN("no_agreed_plan"),
    /** The partner never submitted its report in the latest reporting period it was expected in, and was not excused. */
    NO_REPORT("no_report");

    private final String code;

    CoverageGap(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
