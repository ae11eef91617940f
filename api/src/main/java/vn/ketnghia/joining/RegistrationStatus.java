package vn.ketnghia.joining;

import vn.ketnghia.common.persistence.Coded;

/** A registration waits as submitted until the province approves or declines it, or its organisation withdraws it. */
public enum RegistrationStatus implements Coded {
    SUBMITTED("submitted"), APPROVED("approved"), DECLINED("declined"), WITHDRAWN("withdrawn");

    private final String code;

    RegistrationStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends Coded.Converter<RegistrationStatus> {
        public Converter() {
            super(RegistrationStatus.class);
        }
    }
}
