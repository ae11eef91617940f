package vn.ketnghia.support;

import vn.ketnghia.common.persistence.Coded;

/** Where the money came from (task 1c: units mobilise staff and enterprises besides their own budget). */
public enum FundingSource implements Coded {
    OWN_BUDGET("own_budget"), STAFF_CONTRIBUTIONS("staff_contributions"), MOBILISED_ENTERPRISE("mobilised_enterprise"), OTHER("other");

    private final String code;

    FundingSource(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends Coded.Converter<FundingSource> {
        public Converter() {
            super(FundingSource.class);
        }
    }
}
