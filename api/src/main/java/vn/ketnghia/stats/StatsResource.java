package vn.ketnghia.stats;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ketnghia.common.security.Roles;
import vn.ketnghia.document.Downloads;
import vn.ketnghia.stats.StatsDtos.PlanStats;
import vn.ketnghia.stats.StatsDtos.SupportStats;

@Path("/api/v1/stats")
@Tag(name = "Statistics", description = "Figures for dashboards and integrations: support given and plan against actual, "
        + "grouped by up to two dimensions, in the caller's scope, as JSON or Excel")
public class StatsResource {

    @Inject
    StatsService service;

    @GET
    @Path("support")
    @Produces({MediaType.APPLICATION_JSON, Downloads.XLSX})
    @RolesAllowed({Roles.PROVINCE, Roles.PROVINCE_VIEWER, Roles.ADMIN, Roles.DISTRICT, Roles.INTEGRATION, Roles.UNIT})
    @Operation(summary = "Support given, grouped by up to two dimensions",
            description = "Sums (value, cash, in kind, confirmed, records, beneficiaries) of the support records matching the "
                    + "filters, in your scope: a district sees the agreements it receives, a unit its own organisation's, "
                    + "province roles everything; a caller with no scope gets zeros. total is the exact sum over every matching "
                    + "record (sum of value_vnd…), also when limit cuts rows; without truncation the rows add up to total. "
                    + "groupBy year groups by the year of the support date; commune is the agreement's recipient (a commune, "
                    + "or a district for district-to-district twinning). Unknown or repeated dimensions, more than two, and "
                    + "unknown codes are 400. Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet returns "
                    + "the same table as an Excel sheet with a total row.")
    @APIResponse(responseCode = "200", description = "The figures", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SupportStats.class)),
            @Content(mediaType = Downloads.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "A parameter is not valid (problem+json naming it)")
    public Response support(@Valid @BeanParam StatsFilter filter, @Context HttpHeaders headers) {
        SupportStats stats = service.support(filter);
        if (wantsSpreadsheet(headers)) {
            return Downloads.attachment(StatsWorkbook.support(stats), Downloads.XLSX, "Thống kê hỗ trợ.xlsx");
        }
        return Response.ok(stats, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("plans")
    @Produces({MediaType.APPLICATION_JSON, Downloads.XLSX})
    @RolesAllowed({Roles.PROVINCE, Roles.PROVINCE_VIEWER, Roles.ADMIN, Roles.DISTRICT, Roles.INTEGRATION, Roles.UNIT})
    @Operation(summary = "Plan against actual of annual programmes, grouped by up to two dimensions",
            description = "plannedVnd sums the items of agreed annual programmes (drafts are not planned yet); actualVnd sums the "
                    + "support records of the same agreements dated in the programme's year (linked to an item or not); plans "
                    + "counts annual programmes, draft and agreed, and agreedPlans the agreed ones. year (or fromYear/toYear) "
                    + "selects programme years; area and categoryId apply to items and records alike; fundingSource, form and "
                    + "status to the actual side only. Grouped by area, planned is by the item's category and actual by the "
                    + "record's. Same scope and parameters rules as the support statistics; XLSX by Accept as there.")
    @APIResponse(responseCode = "200", description = "The figures", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanStats.class)),
            @Content(mediaType = Downloads.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "A parameter is not valid (problem+json naming it)")
    public Response plans(@Valid @BeanParam StatsFilter filter,
                          @QueryParam("year") @Min(1990) @Max(2100)
                          @Parameter(description = "Programmes of this year (instead of fromYear/toYear)") Integer year,
                          @Context HttpHeaders headers) {
        PlanStats stats = service.plans(filter, year);
        if (wantsSpreadsheet(headers)) {
            return Downloads.attachment(StatsWorkbook.plans(stats), Downloads.XLSX, "Kế hoạch và thực hiện.xlsx");
        }
        return Response.ok(stats, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** True when the client prefers the workbook to JSON (its first acceptable type we produce is XLSX). */
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
