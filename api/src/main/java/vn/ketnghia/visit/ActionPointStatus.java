package vn.ketnghia.visit;

import vn.ketnghia.common.persistence.Coded;

/** Progress of something a monitoring visit asked someone to do. */
public enum ActionPointStatus implements Coded {
    OPEN("open"), IN_PROGRESS("in_progress"), DONE("done"), CANCELLED("cancelled");

    private final String code;

    ActionPointStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Still someone's job: counts towards open and, past its due date, overdue. */
    public boolean unresolved() {
        return this == OPEN || this == IN_PROGRESS;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends Coded.Converter<ActionPointStatus> {
        public Converter() {
            super(ActionPointStatus.class);
        }
    }
}
