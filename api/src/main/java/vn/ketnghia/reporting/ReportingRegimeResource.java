package vn.ketnghia.reporting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.ketnghia.common.security.Roles;
import vn.ketnghia.common.web.Responses;
import vn.ketnghia.reporting.ReportingDtos.RegimeUpdate;
import vn.ketnghia.reporting.ReportingDtos.RegimeView;

@Path("/api/v1/reporting-regimes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reporting", description = "Reporting regimes and periods, reports and their workflow (task 1f, task 4)")
public class ReportingRegimeResource {

    @Inject
    ReportingPeriodService service;

    @GET
    @RolesAllowed({Roles.PROVINCE, Roles.PROVINCE_VIEWER, Roles.ADMIN, Roles.DISTRICT, Roles.INTEGRATION, Roles.UNIT})
    @Operation(summary = "List the reporting regimes and their calendars",
            description = "Semi-annual and annual, with the data window, opening and due days (Decree 09/2019/NĐ-CP defaults).")
    public List<RegimeView> list() {
        return service.regimes();
    }

    @PUT
    @Path("{code}")
    @RolesAllowed({Roles.PROVINCE, Roles.ADMIN})
    @Operation(summary = "Change a regime's calendar",
            description = "Needs If-Match. Applies to periods created afterwards; existing periods keep their dates.")
    public RestResponse<RegimeView> update(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch,
                                           @Valid @NotNull RegimeUpdate body) {
        RegimeView view = service.updateRegime(code, ifMatch, body);
        return Responses.ok(view, view.version());
    }
}
