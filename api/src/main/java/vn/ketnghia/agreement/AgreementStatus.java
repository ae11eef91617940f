package vn.ketnghia.agreement;

import vn.ketnghia.common.persistence.Coded;

public enum AgreementStatus implements Coded {
    PROPOSED("proposed"), ACTIVE("active"), SUSPENDED("suspended"), ENDED("ended");

    private final String code;

    AgreementStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends Coded.Converter<AgreementStatus> {
        public Converter() {
            super(AgreementStatus.class);
        }
    }
}
