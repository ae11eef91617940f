package vn.ketnghia.joining;

import vn.ketnghia.common.persistence.Coded;

/**
 * Where an invitation stands. {@link #EXPIRED} is never stored: a sent invitation whose reply date has
 * passed without a registration reads as expired.
 */
public enum InvitationStatus implements Coded {
    SENT("sent"), REGISTERED("registered"), CANCELLED("cancelled"), EXPIRED("expired");

    private final String code;

    InvitationStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends Coded.Converter<InvitationStatus> {
        public Converter() {
            super(InvitationStatus.class);
        }
    }
}
