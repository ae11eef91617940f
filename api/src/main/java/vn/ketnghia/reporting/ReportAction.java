package vn.ketnghia.reporting;

import vn.ketnghia.common.persistence.Coded;

/** The steps kept for every report. */
public enum ReportAction implements Coded {
    CREATED("created"), ADDED("added"), EXCUSED("excused"), REINSTATED("reinstated"), SUBMITTED("submitted"), RETURNED("returned"), ACCEPTED("accepted");

    private final String code;

    ReportAction(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends Coded.Converter<ReportAction> {
        public Converter() {
            super(ReportAction.class);
        }
    }
}
