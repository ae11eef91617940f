package vn.ketnghia.reporting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of the reporting-period list. Everything is optional and combined with AND. */
public class ReportingPeriodFilter {

    @QueryParam("year") @Min(2000) @Max(2100)
    public Integer year;

    @QueryParam("status")
    @Parameter(description = "planned, open or closed")
    public String status;

    @QueryParam("regime")
    @Parameter(description = "semi_annual or annual")
    public String regime;
}
