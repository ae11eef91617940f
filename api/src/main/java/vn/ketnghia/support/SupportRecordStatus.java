package vn.ketnghia.support;

import vn.ketnghia.common.persistence.Coded;

/** A record is entered by the partner and then confirmed by the receiving district. */
public enum SupportRecordStatus implements Coded {
    RECORDED("recorded"), CONFIRMED("confirmed");

    private final String code;

    SupportRecordStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends Coded.Converter<SupportRecordStatus> {
        public Converter() {
            super(SupportRecordStatus.class);
        }
    }
}
