package vn.ketnghia.support;

import vn.ketnghia.common.persistence.Coded;

/** Whether the support was given as money or as goods and work. */
public enum SupportForm implements Coded {
    CASH("cash"), IN_KIND("in_kind");

    private final String code;

    SupportForm(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends Coded.Converter<SupportForm> {
        public Converter() {
            super(SupportForm.class);
        }
    }
}
