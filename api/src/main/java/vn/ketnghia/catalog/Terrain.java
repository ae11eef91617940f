package vn.ketnghia.catalog;

import vn.ketnghia.common.persistence.Coded;

/** Whether a district is mountainous (miền núi, receives help) or lowland (đồng bằng, may give it). */
public enum Terrain implements Coded {
    MOUNTAINOUS("mountainous"), LOWLAND("lowland");

    private final String code;

    Terrain(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends Coded.Converter<Terrain> {
        public Converter() {
            super(Terrain.class);
        }
    }
}
