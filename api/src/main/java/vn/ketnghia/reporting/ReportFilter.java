package vn.ketnghia.reporting;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of the report list. Everything is optional and combined with AND. */
public class ReportFilter {

    @QueryParam("periodId") @Positive
    public Long periodId;

    @QueryParam("status")
    @Parameter(description = "draft, submitted, returned or accepted")
    public String status;

    @QueryParam("reporterKind")
    @Parameter(description = "organization or district")
    public String reporterKind;

    @QueryParam("timeliness")
    @Parameter(description = "excused, pending, overdue, on_time or late (first submission against the due date; today in Vietnam)")
    public String timeliness;

    @QueryParam("organizationId") @Positive
    public Long organizationId;

    @QueryParam("districtId") @Positive
    @Parameter(description = "The district's own report and those of organisations whose agreements in the period's window lie in it")
    public Long districtId;

    @QueryParam("q") @Size(max = 100)
    @Parameter(description = "Words in the reporter's name, with or without diacritics")
    public String q;
}
