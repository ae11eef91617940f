package vn.ketnghia.reporting;

import vn.ketnghia.common.persistence.Coded;

/** planned (reporters not yet known) → open (roster frozen, reports exist) → closed (no more changes, no reminders). */
public enum ReportingPeriodStatus implements Coded {
    PLANNED("planned"), OPEN("open"), CLOSED("closed");

    private final String code;

    ReportingPeriodStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends Coded.Converter<ReportingPeriodStatus> {
        public Converter() {
            super(ReportingPeriodStatus.class);
        }
    }
}
