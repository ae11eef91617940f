package vn.ketnghia.plan;

import vn.ketnghia.common.persistence.Coded;

/** Task 2: a plan counts once the receiving district has agreed to it. */
public enum PlanStatus implements Coded {
    DRAFT("draft"), AGREED("agreed");

    private final String code;

    PlanStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends Coded.Converter<PlanStatus> {
        public Converter() {
            super(PlanStatus.class);
        }
    }
}
