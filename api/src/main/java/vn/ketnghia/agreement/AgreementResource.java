package vn.ketnghia.agreement;

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
import vn.ketnghia.agreement.AgreementDtos.AgreementRequest;
import vn.ketnghia.agreement.AgreementDtos.AgreementView;
import vn.ketnghia.agreement.AgreementDtos.StatusChange;
import vn.ketnghia.common.history.History;
import vn.ketnghia.common.history.HistoryEntry;
import vn.ketnghia.common.paging.Page;
import vn.ketnghia.common.paging.PageQuery;
import vn.ketnghia.common.security.Roles;
import vn.ketnghia.common.web.Responses;

@Path("/api/v1/agreements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Agreements", description = "Twinning agreements between partner organisations and communes or districts")
public class AgreementResource {

    @Inject
    AgreementService service;

    @Inject
    History history;

    @GET
    @RolesAllowed({Roles.PROVINCE, Roles.PROVINCE_VIEWER, Roles.ADMIN, Roles.DISTRICT, Roles.INTEGRATION, Roles.UNIT})
    @Operation(summary = "List agreements in your scope",
            description = "A unit sees its own agreements, a district those in its communes, province roles all. "
                    + "Sort fields: startDate, endDate, status, organization, recipient, district, period, updatedAt.")
    public Page<AgreementView> list(@Valid @BeanParam AgreementFilter filter, @Valid @BeanParam PageQuery paging) {
        return service.list(filter, paging);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.PROVINCE, Roles.PROVINCE_VIEWER, Roles.ADMIN, Roles.DISTRICT, Roles.INTEGRATION, Roles.UNIT})
    @Operation(summary = "Read an agreement", description = "404 when it does not exist or lies outside your scope.")
    public RestResponse<AgreementView> get(@PathParam("id") long id) {
        Agreement agreement = service.findInScope(id);
        return Responses.ok(AgreementView.of(agreement), agreement.version);
    }

    @POST
    @RolesAllowed({Roles.PROVINCE, Roles.UNIT})
    @Operation(summary = "Propose an agreement", description = "Created as `proposed`. A unit creates agreements only for its own organisation.")
    public RestResponse<AgreementView> create(@Valid @NotNull AgreementRequest body) {
        Agreement agreement = service.create(body);
        return Responses.created(AgreementView.of(agreement), agreement.version, URI.create("/api/v1/agreements/" + agreement.id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.PROVINCE, Roles.UNIT})
    @Operation(summary = "Replace an agreement's details", description = "Needs If-Match. Partner, recipient and period change only while proposed.")
    public RestResponse<AgreementView> update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                                              @Valid @NotNull AgreementRequest body) {
        Agreement agreement = service.update(id, ifMatch, body);
        return Responses.ok(AgreementView.of(agreement), agreement.version);
    }

    @POST
    @Path("{id}/activate")
    @RolesAllowed({Roles.PROVINCE, Roles.UNIT})
    @Operation(summary = "Activate a signed agreement", description = "From proposed or suspended. Needs If-Match and a document number; "
            + "one active agreement per partner, recipient and period.")
    public RestResponse<AgreementView> activate(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                                                @Valid StatusChange body) {
        Agreement agreement = service.activate(id, ifMatch, body == null ? null : body.note());
        return Responses.ok(AgreementView.of(agreement), agreement.version);
    }

    @POST
    @Path("{id}/suspend")
    @RolesAllowed({Roles.PROVINCE, Roles.UNIT})
    @Operation(summary = "Suspend an active agreement", description = "Needs If-Match.")
    public RestResponse<AgreementView> suspend(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                                               @Valid StatusChange body) {
        Agreement agreement = service.suspend(id, ifMatch, body == null ? null : body.note());
        return Responses.ok(AgreementView.of(agreement), agreement.version);
    }

    @POST
    @Path("{id}/end")
    @RolesAllowed({Roles.PROVINCE, Roles.UNIT})
    @Operation(summary = "End an agreement", description = "Needs If-Match. An ended agreement cannot be reopened.")
    public RestResponse<AgreementView> end(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                                           @Valid StatusChange body) {
        Agreement agreement = service.end(id, ifMatch, body == null ? null : body.note());
        return Responses.ok(AgreementView.of(agreement), agreement.version);
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.PROVINCE, Roles.PROVINCE_VIEWER, Roles.ADMIN, Roles.DISTRICT, Roles.INTEGRATION, Roles.UNIT})
    @Operation(summary = "History of changes to an agreement")
    public List<HistoryEntry> history(@PathParam("id") long id) {
        service.findInScope(id);
        return history.of(AgreementService.ENTITY, id);
    }
}
