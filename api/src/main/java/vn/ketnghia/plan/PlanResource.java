package vn.ketnghia.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import vn.ketnghia.common.history.HistoryEntry;
import vn.ketnghia.common.security.Roles;
import vn.ketnghia.common.web.Responses;
import vn.ketnghia.plan.PlanDtos.PlanAgreeRequest;
import vn.ketnghia.plan.PlanDtos.PlanCreateRequest;
import vn.ketnghia.plan.PlanDtos.PlanItemRequest;
import vn.ketnghia.plan.PlanDtos.PlanItemView;
import vn.ketnghia.plan.PlanDtos.PlanUpdateRequest;
import vn.ketnghia.plan.PlanDtos.PlanView;

@Path("/api/v1/agreements/{agreementId}/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plans", description = "The period plan and annual programmes of an agreement (task 1b), agreed with the receiving district (task 2)")
public class PlanResource {

    @Inject
    PlanService service;

    @GET
    @RolesAllowed({Roles.PROVINCE, Roles.PROVINCE_VIEWER, Roles.ADMIN, Roles.DISTRICT, Roles.INTEGRATION, Roles.UNIT})
    @Operation(summary = "List an agreement's plans",
            description = "The period plan first, then the annual programmes by year, each with its items, plan-against-actual "
                    + "figures and totals. 404 when the agreement does not exist or lies outside your scope.")
    public List<PlanView> list(@PathParam("agreementId") long agreementId) {
        return service.list(agreementId);
    }

    @GET
    @Path("{planId}")
    @RolesAllowed({Roles.PROVINCE, Roles.PROVINCE_VIEWER, Roles.ADMIN, Roles.DISTRICT, Roles.INTEGRATION, Roles.UNIT})
    @Operation(summary = "Read a plan", description = "404 when the plan does not exist, belongs to another agreement, or lies outside your scope.")
    public RestResponse<PlanView> get(@PathParam("agreementId") long agreementId, @PathParam("planId") long planId) {
        PlanView plan = service.get(agreementId, planId);
        return Responses.ok(plan, plan.version());
    }

    @POST
    @RolesAllowed({Roles.PROVINCE, Roles.UNIT})
    @Operation(summary = "Create a plan",
            description = "Created as `draft`. One period plan per agreement and one annual programme per year (409 otherwise); "
                    + "an annual programme's year lies within the agreement's period. Kind and year cannot change later. "
                    + "409 invalid-state when the agreement has ended.")
    public RestResponse<PlanView> create(@PathParam("agreementId") long agreementId, @Valid @NotNull PlanCreateRequest body) {
        PlanView plan = service.create(agreementId, body);
        return Responses.created(plan, plan.version(), URI.create("/api/v1/agreements/" + agreementId + "/plans/" + plan.id()));
    }

    @PUT
    @Path("{planId}")
    @RolesAllowed({Roles.PROVINCE, Roles.UNIT})
    @Operation(summary = "Replace a plan's title and notes",
            description = "Needs If-Match. Kind and year are fixed at creation and cannot be sent. "
                    + "A change to an agreed plan returns it to `draft`: the district must agree again.")
    public RestResponse<PlanView> update(@PathParam("agreementId") long agreementId, @PathParam("planId") long planId,
                                         @HeaderParam("If-Match") String ifMatch, @Valid @NotNull PlanUpdateRequest body) {
        PlanView plan = service.update(agreementId, planId, ifMatch, body);
        return Responses.ok(plan, plan.version());
    }

    @DELETE
    @Path("{planId}")
    @RolesAllowed({Roles.PROVINCE, Roles.UNIT})
    @Operation(summary = "Delete a draft plan",
            description = "Needs If-Match. 409 when the plan is agreed or a support record is linked to one of its items.")
    public void delete(@PathParam("agreementId") long agreementId, @PathParam("planId") long planId,
                       @HeaderParam("If-Match") String ifMatch) {
        service.delete(agreementId, planId, ifMatch);
    }

    @POST
    @Path("{planId}/agree")
    @RolesAllowed({Roles.DISTRICT, Roles.INTEGRATION})
    @Operation(summary = "Agree to a plan for the receiving district",
            description = "Needs If-Match with the plan's ETag, which moves with every item change, so the district agrees to "
                    + "exactly the content it read. Only a draft plan with at least one item can be agreed.")
    public RestResponse<PlanView> agree(@PathParam("agreementId") long agreementId, @PathParam("planId") long planId,
                                        @HeaderParam("If-Match") String ifMatch, @Valid PlanAgreeRequest body) {
        PlanView plan = service.agree(agreementId, planId, ifMatch, body == null ? null : body.note());
        return Responses.ok(plan, plan.version());
    }

    @GET
    @Path("{planId}/history")
    @RolesAllowed({Roles.PROVINCE, Roles.PROVINCE_VIEWER, Roles.ADMIN, Roles.DISTRICT, Roles.INTEGRATION, Roles.UNIT})
    @Operation(summary = "History of a plan and its items",
            description = "Oldest first. Plan steps: created, updated, agreed, returned-to-draft, deleted (their states include the items). "
                    + "Item changes: item-added, item-updated, item-removed (their states are the item).")
    public List<HistoryEntry> history(@PathParam("agreementId") long agreementId, @PathParam("planId") long planId) {
        return service.history(agreementId, planId);
    }

    @POST
    @Path("{planId}/items")
    @RolesAllowed({Roles.PROVINCE, Roles.UNIT})
    @Operation(summary = "Add an item to a plan",
            description = "The category must be active; dates lie within the agreement's period. "
                    + "The plan's ETag moves, and an agreed plan returns to `draft`.")
    public RestResponse<PlanItemView> addItem(@PathParam("agreementId") long agreementId, @PathParam("planId") long planId,
                                              @Valid @NotNull PlanItemRequest body) {
        PlanItemView item = service.addItem(agreementId, planId, body);
        return Responses.created(item, item.version(),
                URI.create("/api/v1/agreements/" + agreementId + "/plans/" + planId + "/items/" + item.id()));
    }

    @GET
    @Path("{planId}/items/{itemId}")
    @RolesAllowed({Roles.PROVINCE, Roles.PROVINCE_VIEWER, Roles.ADMIN, Roles.DISTRICT, Roles.INTEGRATION, Roles.UNIT})
    @Operation(summary = "Read a plan item", description = "Its ETag is the one to send when changing or removing the item.")
    public RestResponse<PlanItemView> getItem(@PathParam("agreementId") long agreementId, @PathParam("planId") long planId,
                                              @PathParam("itemId") long itemId) {
        PlanItemView item = service.getItem(agreementId, planId, itemId);
        return Responses.ok(item, item.version());
    }

    @PUT
    @Path("{planId}/items/{itemId}")
    @RolesAllowed({Roles.PROVINCE, Roles.UNIT})
    @Operation(summary = "Replace a plan item",
            description = "Needs If-Match with the item's ETag. The plan's ETag moves, and an agreed plan returns to `draft`.")
    public RestResponse<PlanItemView> updateItem(@PathParam("agreementId") long agreementId, @PathParam("planId") long planId,
                                                 @PathParam("itemId") long itemId, @HeaderParam("If-Match") String ifMatch,
                                                 @Valid @NotNull PlanItemRequest body) {
        PlanItemView item = service.updateItem(agreementId, planId, itemId, ifMatch, body);
        return Responses.ok(item, item.version());
    }

    @DELETE
    @Path("{planId}/items/{itemId}")
    @RolesAllowed({Roles.PROVINCE, Roles.UNIT})
    @Operation(summary = "Remove a plan item",
            description = "Needs If-Match with the item's ETag. 409 when a support record is linked to it. "
                    + "The plan's ETag moves, and an agreed plan returns to `draft`.")
    public void deleteItem(@PathParam("agreementId") long agreementId, @PathParam("planId") long planId,
                           @PathParam("itemId") long itemId, @HeaderParam("If-Match") String ifMatch) {
        service.deleteItem(agreementId, planId, itemId, ifMatch);
    }
}
