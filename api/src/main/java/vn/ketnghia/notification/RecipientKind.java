package vn.ketnghia.notification;

import vn.ketnghia.common.persistence.Coded;

/** Notifications go to a party, not a person: the province's office, one partner organisation or one district. */
public enum RecipientKind implements Coded {
    PROVINCE("province"), ORGANIZATION("organization"), DISTRICT("district");

    private final String code;

    RecipientKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends Coded.Converter<RecipientKind> {
        public Converter() {
            super(RecipientKind.class);
        }
    }
}
