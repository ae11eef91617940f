package vn.ketnghia.visit;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.ketnghia.common.paging.Page;
import vn.ketnghia.common.paging.PageQuery;
import vn.ketnghia.common.security.Roles;
import vn.ketnghia.common.web.Responses;
import vn.ketnghia.visit.VisitDtos.ActionPointRequest;
import vn.ketnghia.visit.VisitDtos.ActionPointView;
import vn.ketnghia.visit.VisitDtos.Completion;
import vn.ketnghia.visit.VisitDtos.MonitoringVisitListItem;
import vn.ketnghia.visit.VisitDtos.MonitoringVisitRequest;
import vn.ketnghia.visit.VisitDtos.MonitoringVisitUpdate;
import vn.ketnghia.visit.VisitDtos.MonitoringVisitView;
import vn.ketnghia.visit.VisitDtos.StepNote;
import vn.ketnghia.visit.VisitDtos.VisitHistoryEntry;

@Path("/api/v1/monitoring-visits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Monitoring visits", description = "Joint follow-up, supervision and inspection visits and the action points they agree (task 1e)")
public class MonitoringVisitResource {

    @Inject
    MonitoringVisitService visits;

    @Inject
    ActionPointService actionPoints;

    @GET
    @RolesAllowed({Roles.PROVINCE, Roles.PROVINCE_VIEWER, Roles.ADMIN, Roles.DISTRICT, Roles.INTEGRATION, Roles.UNIT})
    @Operation(summary = "List monitoring visits in your scope",
            description = "Each row carries its agreement's parties and counts of its action points (total, open, overdue). "
                    + "Sort fields: visitDate, createdAt, updatedAt.")
    public Page<MonitoringVisitListItem> list(@Valid @BeanParam MonitoringVisitFilter filter, @Valid @BeanParam PageQuery paging) {
        return visits.list(filter, paging);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.PROVINCE, Roles.PROVINCE_VIEWER, Roles.ADMIN, Roles.DISTRICT, Roles.INTEGRATION, Roles.UNIT})
    @Operation(summary = "Read a monitoring visit with its action points", description = "404 when it does not exist or lies outside your scope.")
    public RestResponse<MonitoringVisitView> get(@PathParam("id") long id) {
        MonitoringVisit visit = visits.findInScope(id);
        return Responses.ok(visits.view(visit), visit.version);
    }

    @POST
    @RolesAllowed({Roles.PROVINCE, Roles.UNIT, Roles.DISTRICT})
    @Operation(summary = "Record a monitoring visit",
            description = "Under a signed (not proposed) agreement in your scope; districts join visits in their communes. "
                    + "The date is not before the agreement started and not in the future. Action points start open.")
    public RestResponse<MonitoringVisitView> create(@Valid @NotNull MonitoringVisitRequest body) {
        MonitoringVisit visit = visits.create(body);
        return Responses.created(visits.view(visit), visit.version, URI.create("/api/v1/monitoring-visits/" + visit.id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.PROVINCE, Roles.UNIT, Roles.DISTRICT})
    @Operation(summary = "Replace a visit's date, participants and findings", description = "Needs If-Match.")
    public RestResponse<MonitoringVisitView> update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                                                    @Valid @NotNull MonitoringVisitUpdate body) {
        MonitoringVisit visit = visits.update(id, ifMatch, body);
        return Responses.ok(visits.view(visit), visit.version);
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.PROVINCE, Roles.PROVINCE_VIEWER, Roles.ADMIN, Roles.DISTRICT, Roles.INTEGRATION, Roles.UNIT})
    @Operation(summary = "History of a visit and its action points", description = "Oldest first; each entry names the object it changed.")
    public List<VisitHistoryEntry> history(@PathParam("id") long id) {
        return visits.history(id);
    }

    @POST
    @Path("{id}/action-points")
    @RolesAllowed({Roles.PROVINCE, Roles.UNIT, Roles.DISTRICT})
    @Operation(summary = "Add an action point to a visit",
            description = "Needs no If-Match; the visit's ETag changes. The point starts open; its due date is not before the visit.")
    public RestResponse<ActionPointView> addActionPoint(@PathParam("id") long id, @Valid @NotNull ActionPointRequest body) {
        ActionPoint actionPoint = actionPoints.create(id, body);
        return Responses.created(ActionPointService.view(actionPoint), actionPoint.version,
                URI.create("/api/v1/monitoring-visits/" + id + "/action-points/" + actionPoint.id));
    }

    @GET
    @Path("{id}/action-points/{apId}")
    @RolesAllowed({Roles.PROVINCE, Roles.PROVINCE_VIEWER, Roles.ADMIN, Roles.DISTRICT, Roles.INTEGRATION, Roles.UNIT})
    @Operation(summary = "Read an action point", description = "Its ETag is what the action point's changes and steps need in If-Match.")
    public RestResponse<ActionPointView> getActionPoint(@PathParam("id") long id, @PathParam("apId") long apId) {
        ActionPoint actionPoint = actionPoints.findInScope(id, apId);
        return Responses.ok(ActionPointService.view(actionPoint), actionPoint.version);
    }

    @PUT
    @Path("{id}/action-points/{apId}")
    @RolesAllowed({Roles.PROVINCE, Roles.UNIT, Roles.DISTRICT})
    @Operation(summary = "Replace an action point's description, owner and due date",
            description = "Needs If-Match of the action point. Status changes only through the steps.")
    public RestResponse<ActionPointView> updateActionPoint(@PathParam("id") long id, @PathParam("apId") long apId,
                                                           @HeaderParam("If-Match") String ifMatch,
                                                           @Valid @NotNull ActionPointRequest body) {
        return respond(actionPoints.update(id, apId, ifMatch, body));
    }

    @POST
    @Path("{id}/action-points/{apId}/start")
    @RolesAllowed({Roles.PROVINCE, Roles.UNIT, Roles.DISTRICT})
    @Operation(summary = "Start work on an action point", description = "open → in_progress. Needs If-Match.")
    public RestResponse<ActionPointView> start(@PathParam("id") long id, @PathParam("apId") long apId,
                                               @HeaderParam("If-Match") String ifMatch, @Valid StepNote body) {
        return respond(actionPoints.start(id, apId, ifMatch, body == null ? null : body.note()));
    }

    @POST
    @Path("{id}/action-points/{apId}/complete")
    @RolesAllowed({Roles.PROVINCE, Roles.UNIT, Roles.DISTRICT})
    @Operation(summary = "Complete an action point",
            description = "open or in_progress → done, on completedOn (today when left out). Needs If-Match.")
    public RestResponse<ActionPointView> complete(@PathParam("id") long id, @PathParam("apId") long apId,
                                                  @HeaderParam("If-Match") String ifMatch, @Valid Completion body) {
        return respond(actionPoints.complete(id, apId, ifMatch, body == null ? null : body.completedOn(),
                body == null ? null : body.note()));
    }

    @POST
    @Path("{id}/action-points/{apId}/cancel")
    @RolesAllowed({Roles.PROVINCE, Roles.UNIT, Roles.DISTRICT})
    @Operation(summary = "Cancel an action point", description = "open or in_progress → cancelled, with an optional reason. Needs If-Match.")
    public RestResponse<ActionPointView> cancel(@PathParam("id") long id, @PathParam("apId") long apId,
                                                @HeaderParam("If-Match") String ifMatch, @Valid StepNote body) {
        return respond(actionPoints.cancel(id, apId, ifMatch, body == null ? null : body.note()));
    }

    @POST
    @Path("{id}/action-points/{apId}/reopen")
    @RolesAllowed({Roles.PROVINCE, Roles.UNIT, Roles.DISTRICT})
    @Operation(summary = "Reopen an action point", description = "done or cancelled → open; the completion date is cleared. Needs If-Match.")
    public RestResponse<ActionPointView> reopen(@PathParam("id") long id, @PathParam("apId") long apId,
                                                @HeaderParam("If-Match") String ifMatch, @Valid StepNote body) {
        return respond(actionPoints.reopen(id, apId, ifMatch, body == null ? null : body.note()));
    }

    private static RestResponse<ActionPointView> respond(ActionPoint actionPoint) {
        return Responses.ok(ActionPointService.view(actionPoint), actionPoint.version);
    }
}
