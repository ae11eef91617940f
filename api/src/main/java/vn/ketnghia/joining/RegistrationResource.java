package vn.ketnghia.joining;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
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
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.ketnghia.common.history.History;
import vn.ketnghia.common.history.HistoryEntry;
import vn.ketnghia.common.paging.Page;
import vn.ketnghia.common.paging.PageQuery;
import vn.ketnghia.common.security.Roles;
import vn.ketnghia.common.web.Responses;
import vn.ketnghia.joining.JoiningDtos.ApproveRequest;
import vn.ketnghia.joining.JoiningDtos.DeclineRequest;
import vn.ketnghia.joining.JoiningDtos.EligibleCommune;
import vn.ketnghia.joining.JoiningDtos.RegistrationRequest;
import vn.ketnghia.joining.JoiningDtos.RegistrationView;
import vn.ketnghia.joining.JoiningDtos.WithdrawRequest;
import vn.ketnghia.joining.JoiningFilters.RegistrationFilter;

@Path("/api/v1/registrations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Joining the programme")
public class RegistrationResource {

    @Inject
    RegistrationService service;

    @Inject
    EligibleCommunes communes;

    @Inject
    History history;

    @GET
    @RolesAllowed({Roles.PROVINCE, Roles.PROVINCE_VIEWER, Roles.ADMIN, Roles.DISTRICT, Roles.INTEGRATION, Roles.UNIT})
    @Operation(summary = "List registrations to join the programme",
            description = "Province roles see all, a unit its own, a district those proposing a commune of its district. "
                    + "Sort fields: createdAt, proposedStartDate, status, organization, period, updatedAt.")
    public Page<RegistrationView> list(@Valid @BeanParam RegistrationFilter filter, @Valid @BeanParam PageQuery paging) {
        return service.list(filter, paging);
    }

    @GET
    @Path("eligible-communes")
    @RolesAllowed({Roles.PROVINCE, Roles.PROVINCE_VIEWER, Roles.ADMIN, Roles.DISTRICT, Roles.INTEGRATION, Roles.UNIT})
    @Operation(summary = "Communes that may be proposed in a period",
            description = "Every commune flagged especially difficult in the period, by district, with how many active and "
                    + "proposed agreements it has there: activePartners 0 means it still has no partner.")
    public List<EligibleCommune> eligibleCommunes(@QueryParam("periodId") @NotNull @Positive Long periodId) {
        return communes.of(periodId);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.PROVINCE, Roles.PROVINCE_VIEWER, Roles.ADMIN, Roles.DISTRICT, Roles.INTEGRATION, Roles.UNIT})
    @Operation(summary = "Read a registration", description = "With the communes proposed, the agreements its approval created and "
            + "the decision. 404 when it does not exist or lies outside your scope.")
    public RestResponse<RegistrationView> get(@PathParam("id") long id) {
        RegistrationView view = service.get(id);
        return Responses.ok(view, view.version());
    }

    @POST
    @RolesAllowed({Roles.PROVINCE, Roles.UNIT})
    @Operation(summary = "Register to join the programme",
            description = "Submitted for the province's decision. A unit registers only itself; the province may register on an "
                    + "organisation's behalf. Answers the organisation's waiting invitation of the period. 409 when a proposed "
                    + "commune is not flagged especially difficult in the period, when the organisation already has an agreement "
                    + "with it, or when another registration of the organisation waits for a decision.")
    public RestResponse<RegistrationView> create(@Valid @NotNull RegistrationRequest body) {
        RegistrationView view = service.create(body);
        return Responses.created(view, view.version(), URI.create("/api/v1/registrations/" + view.id()));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.PROVINCE, Roles.UNIT})
    @Operation(summary = "Change a registration while it is submitted", description = "Needs If-Match.")
    public RestResponse<RegistrationView> update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                                                 @Valid @NotNull RegistrationRequest body) {
        RegistrationView view = service.update(id, ifMatch, body);
        return Responses.ok(view, view.version());
    }

    @POST
    @Path("{id}/approve")
    @RolesAllowed(Roles.PROVINCE)
    @Operation(summary = "Approve a registration",
            description = "Needs If-Match. Proposes one agreement per approved commune (all proposed ones unless communeIds names "
                    + "a subset) from startDate (default: the proposed start), linked to the registration; signing and "
                    + "activation follow the agreements' usual steps. Notifies the organisation and each receiving district.")
    public RestResponse<RegistrationView> approve(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                                                  @Valid ApproveRequest body) {
        RegistrationView view = service.approve(id, ifMatch, body);
        return Responses.ok(view, view.version());
    }

    @POST
    @Path("{id}/decline")
    @RolesAllowed(Roles.PROVINCE)
    @Operation(summary = "Decline a registration", description = "Needs If-Match and a reason; notifies the organisation.")
    public RestResponse<RegistrationView> decline(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                                                  @Valid @NotNull DeclineRequest body) {
        RegistrationView view = service.decline(id, ifMatch, body.reason());
        return Responses.ok(view, view.version());
    }

    @POST
    @Path("{id}/withdraw")
    @RolesAllowed({Roles.PROVINCE, Roles.UNIT})
    @Operation(summary = "Withdraw a submitted registration", description = "Needs If-Match.")
    public RestResponse<RegistrationView> withdraw(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                                                   @Valid WithdrawRequest body) {
        RegistrationView view = service.withdraw(id, ifMatch, body == null ? null : body.note());
        return Responses.ok(view, view.version());
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.PROVINCE, Roles.PROVINCE_VIEWER, Roles.ADMIN, Roles.DISTRICT, Roles.INTEGRATION, Roles.UNIT})
    @Operation(summary = "History of changes to a registration")
    public List<HistoryEntry> history(@PathParam("id") long id) {
        service.get(id);
        return history.of(RegistrationService.ENTITY, id);
    }
}
