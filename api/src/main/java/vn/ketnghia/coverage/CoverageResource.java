package vn.ketnghia.coverage;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ketnghia.common.paging.PageQuery;
import vn.ketnghia.common.security.Roles;
import vn.ketnghia.coverage.CoverageDtos.AgreementPage;
import vn.ketnghia.coverage.CoverageDtos.CommunePage;
import vn.ketnghia.coverage.CoverageDtos.CoverageView;
import vn.ketnghia.coverage.CoverageDtos.OrganizationPage;
import vn.ketnghia.document.Downloads;

@Path("/api/v1/coverage")
@Tag(name = "Coverage", description = "Especially-difficult communes without partners, organisations that do not take part, "
        + "and agreements without recent activity (tasks 3 and 4)")
public class CoverageResource {

    private static final String RULES = " A commune is covered when an agreement of the period with the commune itself is active; "
            + "a district-to-district twinning does not cover its communes (they are flagged districtTwinning and counted apart). ";

    @Inject
    CoverageService service;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PROVINCE, Roles.PROVINCE_VIEWER, Roles.ADMIN, Roles.DISTRICT, Roles.INTEGRATION, Roles.UNIT})
    @Operation(summary = "The coverage headline of a period",
            description = "Especially-difficult communes with and without an active partner, organisations without an active "
                    + "agreement (province roles only), active agreements with no recent support, no agreed annual programme "
                    + "or no report, and the district × commune table." + RULES
                    + "A district (or its integration) sees its own district; a unit the communes and agreements it helps.")
    public CoverageView headline(@Valid @BeanParam CoverageParams params) {
        return service.headline(params);
    }

    @GET
    @Path("communes")
    @Produces({MediaType.APPLICATION_JSON, Downloads.XLSX})
    @RolesAllowed({Roles.PROVINCE, Roles.PROVINCE_VIEWER, Roles.ADMIN, Roles.DISTRICT, Roles.INTEGRATION, Roles.UNIT})
    @Operation(summary = "Communes and their partners in a period",
            description = "Communes flagged especially difficult in the period, and any other commune an agreement of the period "
                    + "helps, with their active partners, the last support and the VND received, and the last joint monitoring "
                    + "visit." + RULES + "A district sees its own communes; a unit the communes it helps. Sort fields: name, "
                    + "district, partnerCount, lastSupportDate, receivedVnd, lastVisitDate, daysSinceVisit. "
                    + "With Accept: " + Downloads.XLSX + " every matching row (up to 50,000) as an Excel workbook.")
    @APIResponse(responseCode = "200", description = "The communes", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommunePage.class)),
            @Content(mediaType = Downloads.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response communes(@Valid @BeanParam CommuneCoverageFilter filter, @Valid @BeanParam PageQuery paging,
                             @Context HttpHeaders headers) {
        if (wantsSpreadsheet(headers)) {
            CommunePage all = service.allCommunes(filter, paging.sort);
            return Downloads.attachment(CoverageWorkbook.communes(all.items()), Downloads.XLSX, "Độ bao phủ - xã.xlsx");
        }
        return Response.ok(service.communes(filter, paging), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("organizations")
    @Produces({MediaType.APPLICATION_JSON, Downloads.XLSX})
    @RolesAllowed({Roles.PROVINCE, Roles.PROVINCE_VIEWER, Roles.ADMIN, Roles.DISTRICT, Roles.INTEGRATION, Roles.UNIT})
    @Operation(summary = "Organisations and whether they take part in a period",
            description = "Province, province-viewer and admin only: district, integration and unit callers get 403. "
                    + "Each active organisation with its active and proposed agreements of the period, its last support and the "
                    + "VND it gave under them. participating=false lists those with no active agreement (task 3). "
                    + "Sort fields: name, kind, activeAgreements, proposedAgreements, lastSupportDate, givenVnd. "
                    + "With Accept: " + Downloads.XLSX + " every matching row as an Excel workbook.")
    @APIResponse(responseCode = "200", description = "The organisations", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganizationPage.class)),
            @Content(mediaType = Downloads.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "403", description = "Not a province, province-viewer or admin caller")
    public Response organizations(@Valid @BeanParam OrganizationCoverageFilter filter, @Valid @BeanParam PageQuery paging,
                                  @Context HttpHeaders headers) {
        if (wantsSpreadsheet(headers)) {
            OrganizationPage all = service.allOrganizations(filter, paging.sort);
            return Downloads.attachment(CoverageWorkbook.organizations(all.items()), Downloads.XLSX, "Độ bao phủ - đơn vị.xlsx");
        }
        return Response.ok(service.organizations(filter, paging), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("agreements")
    @Produces({MediaType.APPLICATION_JSON, Downloads.XLSX})
    @RolesAllowed({Roles.PROVINCE, Roles.PROVINCE_VIEWER, Roles.ADMIN, Roles.DISTRICT, Roles.INTEGRATION, Roles.UNIT})
    @Operation(summary = "Active agreements and their activity gaps",
            description = "Each active agreement of the period with its last support (and whole months since), whether the annual "
                    + "programme of planYear (the year of asOf, kept within the period) is agreed, its partner's report in the "
                    + "latest reporting period due by asOf that had the partner on its roster, and its last monitoring visit. "
                    + "gap=no_recent_support: started at least inactiveMonths before asOf and no support since; "
                    + "gap=no_agreed_plan; gap=no_report: that report was never submitted and not excused. A district sees its "
                    + "own agreements, a unit its own. Sort fields: organization, recipient, district, startDate, "
                    + "lastSupportDate, monthsSinceSupport, lastVisitDate, daysSinceVisit. "
                    + "With Accept: " + Downloads.XLSX + " every matching row as an Excel workbook.")
    @APIResponse(responseCode = "200", description = "The agreements", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgreementPage.class)),
            @Content(mediaType = Downloads.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response agreements(@Valid @BeanParam AgreementCoverageFilter filter, @Valid @BeanParam PageQuery paging,
                               @Context HttpHeaders headers) {
        if (wantsSpreadsheet(headers)) {
            AgreementPage all = service.allAgreements(filter, paging.sort);
            return Downloads.attachment(CoverageWorkbook.agreements(all.items(), all.planYear()), Downloads.XLSX,
                    "Độ bao phủ - thỏa thuận.xlsx");
        }
        return Response.ok(service.agreements(filter, paging), MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** XLSX only when the client prefers it to JSON; a wildcard gets JSON. */
    private static boolean wantsSpreadsheet(HttpHeaders headers) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (accepted.isCompatible(MediaType.valueOf(Downloads.XLSX))) {
                return true;
            }
        }
        return false;
    }
}
