package vn.ketnghia.reporting;

import vn.ketnghia.common.persistence.Coded;

/** Who reports: a partner organisation about its agreements, or a receiving district about its communes. */
public enum ReporterKind implements Coded {
    ORGANIZATION("organization"), DISTRICT("district");

    private final String code;

    ReporterKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends Coded.Converter<ReporterKind> {
        public Converter() {
            super(ReporterKind.class);
        }
    }
}
