package vn.ketnghia.agreement;

import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.ketnghia.common.paging.QueryBuilder;

/**
 * The filters every list of programme data shares, because everything hangs off an agreement:
 * period, receiving district, commune helped and partner. Each list's filter extends this.
 */
public class AgreementFilterFields {

    @QueryParam("periodId") @Positive
    public Long periodId;

    @QueryParam("districtId") @Positive
    @Parameter(description = "The receiving district")
    public Long districtId;

    @QueryParam("communeId") @Positive
    @Parameter(description = "The agreement's recipient: the commune (or district) helped")
    public Long communeId;

    @QueryParam("organizationId") @Positive
    @Parameter(description = "The partner organisation")
    public Long organizationId;

    /** Adds the given filters as conditions on the agreement behind {@code agreementAlias}. */
    public QueryBuilder applyTo(QueryBuilder query, String agreementAlias) {
        return query.and(agreementAlias + ".period.id = :p", periodId)
                .and(agreementAlias + ".district.id = :p", districtId)
                .and(agreementAlias + ".recipient.id = :p", communeId)
                .and(agreementAlias + ".organization.id = :p", organizationId);
    }
}
