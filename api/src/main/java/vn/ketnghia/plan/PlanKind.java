package vn.ketnghia.plan;

import vn.ketnghia.common.persistence.Coded;

/** Task 1b: one plan for the whole period, and one annual programme for each year of it. */
public enum PlanKind implements Coded {
    PERIOD("period"), ANNUAL("annual");

    private final String code;

    PlanKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends Coded.Converter<PlanKind> {
        public Converter() {
            super(PlanKind.class);
        }
    }
}
