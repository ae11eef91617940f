package vn.ketnghia.reporting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.ketnghia.common.paging.Page;
import vn.ketnghia.common.paging.PageQuery;
import vn.ketnghia.common.security.Roles;
import vn.ketnghia.common.web.Responses;
import vn.ketnghia.reporting.ReportingDtos.ChangesView;
import vn.ketnghia.reporting.ReportingDtos.NarrativeRequest;
import vn.ketnghia.reporting.ReportingDtos.ReportListItem;
import vn.ketnghia.reporting.ReportingDtos.ReportView;
import vn.ketnghia.reporting.ReportingDtos.StepComment;
import vn.ketnghia.reporting.ReportingDtos.StepReason;
import vn.ketnghia.reporting.ReportingDtos.VersionView;

@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reporting")
public class ReportResource {

    @Inject
    ReportService reports;

    @GET
    @RolesAllowed({Roles.PROVINCE, Roles.PROVINCE_VIEWER, Roles.ADMIN, Roles.DISTRICT, Roles.INTEGRATION, Roles.UNIT})
    @Operation(summary = "List reports in your scope",
            description = "A unit sees its organisation's reports, a district its own. Sort fields: dueDate, reporterName, status, "
                    + "lastSubmittedAt, updatedAt.")
    public Page<ReportListItem> list(@Valid @BeanParam ReportFilter filter, @Valid @BeanParam PageQuery paging) {
        return reports.list(filter, paging);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.PROVINCE, Roles.PROVINCE_VIEWER, Roles.ADMIN, Roles.DISTRICT, Roles.INTEGRATION, Roles.UNIT})
    @Operation(summary = "Read a report with its figures, submissions, steps and attachments",
            description = "Figures are live while draft or returned and as submitted otherwise. `actions` says what you may do now.")
    public RestResponse<ReportView> get(@PathParam("id") long id) {
        return respond(reports.findInScope(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.UNIT, Roles.DISTRICT, Roles.INTEGRATION})
    @Operation(summary = "Replace the report's narrative",
            description = "The reporter only, while draft or returned and the period is open. Needs If-Match.")
    public RestResponse<ReportView> update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                                           @Valid @NotNull NarrativeRequest body) {
        return respond(reports.updateNarrative(id, ifMatch, body));
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed({Roles.UNIT, Roles.DISTRICT, Roles.INTEGRATION})
    @Operation(summary = "Submit the report",
            description = "draft or returned → submitted; the figures and narrative are kept as a new version. Needs results and If-Match.")
    public RestResponse<ReportView> submit(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @Valid StepComment body) {
        return respond(reports.submit(id, ifMatch, body == null ? null : body.comment()));
    }

    @POST
    @Path("{id}/return")
    @RolesAllowed(Roles.PROVINCE)
    @Operation(summary = "Return a submitted report to its reporter", description = "submitted → returned, with the reason. Needs If-Match.")
    public RestResponse<ReportView> returnReport(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                                                 @Valid @NotNull StepReason body) {
        return respond(reports.returnReport(id, ifMatch, body.reason()));
    }

    @POST
    @Path("{id}/accept")
    @RolesAllowed(Roles.PROVINCE)
    @Operation(summary = "Accept a submitted report", description = "submitted → accepted. Needs If-Match.")
    public RestResponse<ReportView> accept(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @Valid StepComment body) {
        return respond(reports.accept(id, ifMatch, body == null ? null : body.comment()));
    }

    @POST
    @Path("{id}/excuse")
    @RolesAllowed(Roles.PROVINCE)
    @Operation(summary = "Excuse a reporter from the period",
            description = "For a report not submitted yet, with the reason; it no longer counts as expected. Needs If-Match.")
    public RestResponse<ReportView> excuse(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                                           @Valid @NotNull StepReason body) {
        return respond(reports.excuse(id, ifMatch, body.reason()));
    }

    @POST
    @Path("{id}/reinstate")
    @RolesAllowed(Roles.PROVINCE)
    @Operation(summary = "Reinstate an excused reporter", description = "The report is expected again. Needs If-Match.")
    public RestResponse<ReportView> reinstate(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @Valid StepComment body) {
        return respond(reports.reinstate(id, ifMatch, body == null ? null : body.comment()));
    }

    @GET
    @Path("{id}/versions/{number}")
    @RolesAllowed({Roles.PROVINCE, Roles.PROVINCE_VIEWER, Roles.ADMIN, Roles.DISTRICT, Roles.INTEGRATION, Roles.UNIT})
    @Operation(summary = "Read one submission of a report", description = "The figures and narrative exactly as submitted.")
    public VersionView version(@PathParam("id") long id, @PathParam("number") int number) {
        return reports.version(id, number);
    }

    @GET
    @Path("{id}/changes")
    @RolesAllowed({Roles.PROVINCE, Roles.PROVINCE_VIEWER, Roles.ADMIN, Roles.DISTRICT, Roles.INTEGRATION, Roles.UNIT})
    @Operation(summary = "What changed between two submissions",
            description = "Defaults: the previous submission against the latest. Version 0 means nothing, so from=0 lists everything.")
    public ChangesView changes(@PathParam("id") long id,
                               @QueryParam("from") @Min(0) @Parameter(description = "Earlier version number") Integer from,
                               @QueryParam("to") @Min(1) @Parameter(description = "Later version number") Integer to) {
        return reports.changes(id, from, to);
    }

    private RestResponse<ReportView> respond(Report report) {
        return Responses.ok(reports.view(report), report.version);
    }
}
