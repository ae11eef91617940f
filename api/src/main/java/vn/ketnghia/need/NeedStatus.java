package vn.ketnghia.need;

import vn.ketnghia.common.persistence.Coded;

/** The state of a need: open and pledged follow the active pledges (see NeedService#deriveStatus); met and cancelled are set by a person. */
public enum NeedStatus implements Coded {
    OPEN("open"), PLEDGED("pledged"), MET("met"), CANCELLED("cancelled");

    private final String code;

    NeedStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends Coded.Converter<NeedStatus> {
        public Converter() {
            super(NeedStatus.class);
        }
    }
}
