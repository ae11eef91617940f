package vn.ketnghia.need;

import vn.ketnghia.common.persistence.Coded;

/** A pledge stands until the partner or the province withdraws it. */
public enum PledgeStatus implements Coded {
    ACTIVE("active"), WITHDRAWN("withdrawn");

    private final String code;

    PledgeStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends Coded.Converter<PledgeStatus> {
        public Converter() {
            super(PledgeStatus.class);
        }
    }
}
