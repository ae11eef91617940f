package vn.ketnghia.agreement;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of the agreement list. Everything is optional and combined with AND. */
public class AgreementFilter extends AgreementFilterFields {

    @QueryParam("status")
    @Parameter(description = "proposed, active, suspended or ended")
    public String status;

    @QueryParam("from")
    @Parameter(description = "Agreements running on or after this date (yyyy-MM-dd)")
    public LocalDate from;

    @QueryParam("to")
    @Parameter(description = "Agreements running on or before this date (yyyy-MM-dd)")
    public LocalDate to;

    @QueryParam("q") @Size(max = 100)
    @Parameter(description = "Words in the partner, commune or district name or the document number, with or without diacritics: `nam giang`, `xa a vao`.")
    public String q;
}
