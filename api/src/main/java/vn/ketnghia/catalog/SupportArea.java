package vn.ketnghia.catalog;

import vn.ketnghia.common.persistence.Coded;

/** The three support areas of task 1b of notice 135/TB-UBND. */
public enum SupportArea implements Coded {
    SPIRITUAL("spiritual", "Về tinh thần"),
    MATERIAL("material", "Về vật chất"),
    PRODUCTION("production", "Hỗ trợ phát triển sản xuất và giảm nghèo bền vững");

    private final String code;
    private final String vietnameseName;

    SupportArea(String code, String vietnameseName) {
        this.code = code;
        this.vietnameseName = vietnameseName;
    }

    @Override
    public String code() {
        return code;
    }

    public String vietnameseName() {
        return vietnameseName;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends Coded.Converter<SupportArea> {
        public Converter() {
            super(SupportArea.class);
        }
    }
}
