package vn.ketnghia.visit;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.ketnghia.agreement.AgreementFilterFields;

/** Filters of the monitoring-visit list. Everything is optional and combined with AND. */
public class MonitoringVisitFilter extends AgreementFilterFields {

    @QueryParam("agreementId") @Positive
    public Long agreementId;

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
