package vn.ketnghia.need;

import vn.ketnghia.common.persistence.Coded;

/** How urgent the commune finds a need. */
public enum NeedPriority implements Coded {
    HIGH("high"), MEDIUM("medium"), LOW("low");

    private final String code;

    NeedPriority(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends Coded.Converter<NeedPriority> {
        public Converter() {
            super(NeedPriority.class);
        }
    }
}
