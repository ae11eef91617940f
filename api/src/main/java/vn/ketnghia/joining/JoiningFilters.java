package vn.ketnghia.joining;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of the invitation and registration lists. Everything is optional and combined with AND. */
public final class JoiningFilters {

    private JoiningFilters() {
    }

    public static class InvitationFilter {
        @QueryParam("periodId") @Positive
        public Long periodId;

        @QueryParam("organizationId") @Positive
        public Long organizationId;

        @QueryParam("status")
        @Parameter(description = "sent (still waiting, reply date not passed), registered, cancelled or expired")
        public String status;

        @QueryParam("q") @Size(max = 100)
        @Parameter(description = "Words in the organisation's name, with or without diacritics")
        public String q;
    }

    public static class RegistrationFilter {
        @QueryParam("periodId") @Positive
        public Long periodId;

        @QueryParam("organizationId") @Positive
        public Long organizationId;

        @QueryParam("districtId") @Positive
        @Parameter(description = "Registrations proposing at least one commune of this district")
        public Long districtId;

        @QueryParam("status")
        @Parameter(description = "submitted, approved, declined or withdrawn")
        public String status;

        @QueryParam("q") @Size(max = 100)
        @Parameter(description = "Words in the organisation's name, with or without diacritics")
        public String q;
    }
}
