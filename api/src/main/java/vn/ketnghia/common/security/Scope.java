package vn.ketnghia.common.security;

/**
 * What part of the programme a caller may see. Applied inside queries, so rows outside it are
 * never loaded and answer 404 exactly like rows that do not exist.
 */
public sealed interface Scope {

    /** Province, province-viewer and admin: the whole province. */
    record All() implements Scope {
    }

    /** District users and district integrations: agreements whose recipient lies in this district. */
    record District(long districtId, String code, String name) implements Scope {
    }

    /** Partner-unit users: agreements of this organisation. */
    record Organization(long organizationId, String code, String name) implements Scope {
    }

    /** A signed-in user whose token names no known unit or district: sees no programme data. */
    record Nothing(String reason) implements Scope {
    }
}
