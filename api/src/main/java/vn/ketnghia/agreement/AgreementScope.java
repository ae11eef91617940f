package vn.ketnghia.agreement;

import vn.ketnghia.common.paging.QueryBuilder;
import vn.ketnghia.common.security.Scope;

/**
 * The caller's scope as a condition on an agreement alias. Plans, support records and visits all
 * hang off an agreement, so this one rule decides what every caller can see.
 */
public final class AgreementScope {

    private AgreementScope() {
    }

    public static QueryBuilder restrict(QueryBuilder query, Scope scope, String agreementAlias) {
        return switch (scope) {
            case Scope.All all -> query;
            case Scope.District d -> query.and(agreementAlias + ".district.id = :p", d.districtId());
            case Scope.Organization o -> query.and(agreementAlias + ".organization.id = :p", o.organizationId());
            case Scope.Nothing nothing -> query.and("1 = 0");
        };
    }
}
