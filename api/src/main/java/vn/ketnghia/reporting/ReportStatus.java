package vn.ketnghia.reporting;

import vn.ketnghia.common.persistence.Coded;

/** draft → submitted → returned → submitted again → accepted. Submitted and accepted reports are locked. */
public enum ReportStatus implements Coded {
    DRAFT("draft"), SUBMITTED("submitted"), RETURNED("returned"), ACCEPTED("accepted");

    private final String code;

    ReportStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends Coded.Converter<ReportStatus> {
        public Converter() {
            super(ReportStatus.class);
        }
    }
}
