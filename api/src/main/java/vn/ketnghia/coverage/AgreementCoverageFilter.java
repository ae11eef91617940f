package vn.ketnghia.coverage;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of the agreement activity list. */
public class AgreementCoverageFilter extends CoverageParams {

    @QueryParam("organizationId") @Positive
    @Parameter(description = "Only this partner")
    public Long organizationId;

    @QueryParam("gap")
    @Parameter(description = "Only agreements showing this gap: no_recent_support, no_agreed_plan or no_report")
    public String gap;

    @QueryParam("q") @Size(max = 100)
    @Parameter(description = "Words of the partner's or recipient's name, with or without diacritics")
    public String q;
}
