package vn.ketnghia.visit;

import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of the action-point list across visits. Everything is optional and combined with AND. */
public class ActionPointFilter {

    @QueryParam("status")
    @Parameter(description = "open, in_progress, done or cancelled")
    public String status;

    @QueryParam("overdue")
    @Parameter(description = "true: only open or in-progress points due before today (Vietnam time); false: only the others")
    public Boolean overdue;

    @QueryParam("agreementId") @Positive
    public Long agreementId;

    @QueryParam("districtId") @Positive
    @Parameter(description = "The receiving district")
    public Long districtId;

    @QueryParam("organizationId") @Positive
    @Parameter(description = "The partner organisation")
    public Long organizationId;
}
