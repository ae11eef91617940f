package vn.ketnghia.catalog;

import io.quarkus.security.Authenticated;
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
import vn.ketnghia.catalog.OrganizationDtos.OrganizationRequest;
import vn.ketnghia.catalog.OrganizationDtos.OrganizationView;
import vn.ketnghia.common.history.History;
import vn.ketnghia.common.history.HistoryEntry;
import vn.ketnghia.common.paging.Page;
import vn.ketnghia.common.paging.PageQuery;
import vn.ketnghia.common.security.Roles;
import vn.ketnghia.common.web.Responses;

@Path("/api/v1/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogues")
public class OrganizationResource {

    @Inject
    OrganizationService service;

    @Inject
    History history;

    @GET
    @Authenticated
    @Operation(summary = "List partner organisations", description = "Sort fields: name, code, kind.")
    public Page<OrganizationView> list(@Valid @BeanParam OrganizationFilter filter, @Valid @BeanParam PageQuery paging) {
        return service.list(filter, paging);
    }

    @GET
    @Path("{id}")
    @Authenticated
    @Operation(summary = "Read a partner organisation")
    public RestResponse<OrganizationView> get(@PathParam("id") long id) {
        Organization organization = service.get(id);
        return Responses.ok(OrganizationView.of(organization), organization.version);
    }

    @POST
    @RolesAllowed({Roles.PROVINCE, Roles.ADMIN})
    @Operation(summary = "Create a partner organisation",
            description = "A lowland district (kind lowland_district) must name its lowland district in adminUnitId. 409 when the code exists.")
    public RestResponse<OrganizationView> create(@Valid @NotNull OrganizationRequest body) {
        Organization organization = service.create(body);
        return Responses.created(OrganizationView.of(organization), organization.version,
                URI.create("/api/v1/organizations/" + organization.id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.PROVINCE, Roles.ADMIN})
    @Operation(summary = "Replace a partner organisation", description = "Needs If-Match with the ETag of the last read.")
    public RestResponse<OrganizationView> update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                                                 @Valid @NotNull OrganizationRequest body) {
        Organization organization = service.update(id, ifMatch, body);
        return Responses.ok(OrganizationView.of(organization), organization.version);
    }

    @GET
    @Path("{id}/history")
    @Authenticated
    @Operation(summary = "History of changes to a partner organisation")
    public List<HistoryEntry> history(@PathParam("id") long id) {
        service.get(id);
        return history.of(OrganizationService.ENTITY, id);
    }
}
