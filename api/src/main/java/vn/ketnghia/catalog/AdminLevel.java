package vn.ketnghia.catalog;

import vn.ketnghia.common.persistence.Coded;

public enum AdminLevel implements Coded {
    PROVINCE("province"), DISTRICT("district"), COMMUNE("commune");

    private final String code;

    AdminLevel(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends Coded.Converter<AdminLevel> {
        public Converter() {
            super(AdminLevel.class);
        }
    }
}
