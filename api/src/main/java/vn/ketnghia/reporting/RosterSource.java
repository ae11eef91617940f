package vn.ketnghia.reporting;

import vn.ketnghia.common.persistence.Coded;

/** How a report got onto the roster: frozen when the period opened, or added later by the province with a reason. */
public enum RosterSource implements Coded {
    FROZEN("frozen"), ADDED("added");

    private final String code;

    RosterSource(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends Coded.Converter<RosterSource> {
        public Converter() {
            super(RosterSource.class);
        }
    }
}
