package vn.ketnghia.reporting;

import vn.ketnghia.common.persistence.Coded;

/** The two reporting regimes of Decree 09/2019/NĐ-CP that the programme uses. */
public enum ReportingRegimeCode implements Coded {
    SEMI_ANNUAL("semi_annual"), ANNUAL("annual");

    private final String code;

    ReportingRegimeCode(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends Coded.Converter<ReportingRegimeCode> {
        public Converter() {
            super(ReportingRegimeCode.class);
        }
    }
}
