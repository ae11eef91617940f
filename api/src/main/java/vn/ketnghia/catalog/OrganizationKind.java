package vn.ketnghia.catalog;

import vn.ketnghia.common.persistence.Coded;

/** Kinds of partner named by Directive 23-CT/TU: Sở, Ban, ngành, đoàn thể, enterprises, lowland districts. */
public enum OrganizationKind implements Coded {
    DEPARTMENT("department"),
    AGENCY("agency"),
    MASS_ORGANIZATION("mass_organization"),
    ENTERPRISE("enterprise"),
    LOWLAND_DISTRICT("lowland_district"),
    OTHER("other");

    private final String code;

    OrganizationKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends Coded.Converter<OrganizationKind> {
        public Converter() {
            super(OrganizationKind.class);
        }
    }
}
