package vn.ketnghia.visit;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of the monitoring-visit list. Everything is optional and combined with AND. */
public class MonitoringVisitFilter {

    @QueryParam("agreementId") @Positive
    public Long agreementId;

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

    @QueryParam("from")
    @Parameter(description = "Visits on or after this date (yyyy-MM-dd)")
    public LocalDate from;

    @QueryParam("to")
    @Parameter(description = "Visits on or before this date (yyyy-MM-dd)")
    public LocalDate to;

    @QueryParam("q") @Size(max = 100)
    @Parameter(description = "Words in the participants, findings, or the partner's or recipient's name, with or without diacritics.")
    public String q;
}
