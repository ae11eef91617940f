package vn.ketnghia.practice;

import vn.ketnghia.common.persistence.Coded;

/** A practice is written as a draft, seen only by those who may edit it, until it is published. */
public enum PracticeStatus implements Coded {
    DRAFT("draft"),
    PUBLISHED("published");

    private final String code;

    PracticeStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends Coded.Converter<PracticeStatus> {
        public Converter() {
            super(PracticeStatus.class);
        }
    }
}
