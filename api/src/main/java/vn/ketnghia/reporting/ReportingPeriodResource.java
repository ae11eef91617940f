package vn.ketnghia.reporting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.ketnghia.common.paging.Page;
import vn.ketnghia.common.paging.PageQuery;
import vn.ketnghia.common.security.Roles;
import vn.ketnghia.common.time.ProgrammeDate;
import vn.ketnghia.common.web.Responses;
import vn.ketnghia.reporting.ReportingDtos.CompletenessView;
import vn.ketnghia.reporting.ReportingDtos.PeriodCreateRequest;
import vn.ketnghia.reporting.ReportingDtos.PeriodUpdateRequest;
import vn.ketnghia.reporting.ReportingDtos.ReportView;
import vn.ketnghia.reporting.ReportingDtos.ReporterRequest;
import vn.ketnghia.reporting.ReportingDtos.ReportingPeriodView;

@Path("/api/v1/reporting-periods")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reporting")
public class ReportingPeriodResource {

    @Inject
    ReportingPeriodService periods;

    @Inject
    ReportService reports;

    @Inject
    CompletenessService completeness;

    @GET
    @RolesAllowed({Roles.PROVINCE, Roles.PROVINCE_VIEWER, Roles.ADMIN, Roles.DISTRICT, Roles.INTEGRATION, Roles.UNIT})
    @Operation(summary = "List reporting periods", description = "Newest year first. Sort fields: year, dueDate, opensOn, createdAt.")
    public Page<ReportingPeriodView> list(@Valid @BeanParam ReportingPeriodFilter filter, @Valid @BeanParam PageQuery paging) {
        return periods.list(filter, paging);
    }

    @POST
    @RolesAllowed(Roles.PROVINCE)
    @Operation(summary = "Plan a reporting period",
            description = "Dates left out come from the regime's calendar. 409 when the regime already has a period that year.")
    public RestResponse<ReportingPeriodView> create(@Valid @NotNull PeriodCreateRequest body) {
        ReportingPeriod period = periods.create(body);
        return Responses.created(periods.view(period), period.version, URI.create("/api/v1/reporting-periods/" + period.id));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.PROVINCE, Roles.PROVINCE_VIEWER, Roles.ADMIN, Roles.DISTRICT, Roles.INTEGRATION, Roles.UNIT})
    @Operation(summary = "Read a reporting period")
    public RestResponse<ReportingPeriodView> get(@PathParam("id") long id) {
        ReportingPeriod period = periods.get(id);
        return Responses.ok(periods.view(period), period.version);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.PROVINCE)
    @Operation(summary = "Change a period's name and dates",
            description = "Needs If-Match. The window and opening day change only while planned; name and due date also while open.")
    public RestResponse<ReportingPeriodView> update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                                                    @Valid @NotNull PeriodUpdateRequest body) {
        return respond(periods.update(id, ifMatch, body));
    }

    @POST
    @Path("{id}/open")
    @RolesAllowed(Roles.PROVINCE)
    @Operation(summary = "Open a period and freeze its roster",
            description = "planned → open. One draft report for every partner and receiving district of the signed agreements "
                    + "overlapping the window. Needs If-Match.")
    public RestResponse<ReportingPeriodView> open(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        return respond(periods.open(id, ifMatch));
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed(Roles.PROVINCE)
    @Operation(summary = "Close a period", description = "open → closed: no more edits, submissions or reminders. Needs If-Match.")
    public RestResponse<ReportingPeriodView> close(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        return respond(periods.close(id, ifMatch));
    }

    @POST
    @Path("{id}/reporters")
    @RolesAllowed(Roles.PROVINCE)
    @Operation(summary = "Add a reporter to an open period's roster",
            description = "An organisation or a district, with the reason. 409 when it is on the roster already.")
    public RestResponse<ReportView> addReporter(@PathParam("id") long id, @Valid @NotNull ReporterRequest body) {
        Report report = periods.addReporter(id, body);
        return Responses.created(reports.view(report), report.version, URI.create("/api/v1/reports/" + report.id));
    }

    @GET
    @Path("{id}/completeness")
    @RolesAllowed({Roles.PROVINCE, Roles.PROVINCE_VIEWER, Roles.ADMIN})
    @Operation(summary = "Who has reported for a period",
            description = "Counts in total, by reporter kind, by district and by organisation kind, and every reporter worst first, as of today.")
    public CompletenessView completeness(@PathParam("id") long id) {
        return completeness.of(id, ProgrammeDate.today());
    }

    private RestResponse<ReportingPeriodView> respond(ReportingPeriod period) {
        return Responses.ok(periods.view(period), period.version);
    }
}
