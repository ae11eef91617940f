package vn.ketnghia.catalog;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.ketnghia.catalog.AdminUnitDtos.AdminUnitNode;
import vn.ketnghia.catalog.AdminUnitDtos.AdminUnitRequest;
import vn.ketnghia.catalog.AdminUnitDtos.AdminUnitView;
import vn.ketnghia.common.history.History;
import vn.ketnghia.common.history.HistoryEntry;
import vn.ketnghia.common.paging.Page;
import vn.ketnghia.common.paging.PageQuery;
import vn.ketnghia.common.security.Roles;
import vn.ketnghia.common.web.Responses;

@Path("/api/v1/admin-units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogues")
public class AdminUnitResource {

    @Inject
    AdminUnitService service;

    @Inject
    History history;

    @GET
    @Authenticated
    @Operation(summary = "List administrative units",
            description = "Provinces, districts and communes. Flag filters need periodId. Abolished units are left out unless "
                    + "includeAbolished=true. Sort fields: name, code, level (province first).")
    public Page<AdminUnitView> list(@Valid @BeanParam AdminUnitFilter filter, @Valid @BeanParam PageQuery paging) {
        return service.list(filter, paging);
    }

    @GET
    @Path("tree")
    @Authenticated
    @Operation(summary = "The whole province → district → commune tree",
            description = "Each node carries its flags for periodId when given. Children are sorted by name.")
    public List<AdminUnitNode> tree(@QueryParam("periodId") @Positive @Parameter(description = "Show each unit's flags in this period") Long periodId,
                                    @QueryParam("includeAbolished") @DefaultValue("false") @Parameter(description = "Also show abolished units")
                                    boolean includeAbolished) {
        return service.tree(periodId, includeAbolished);
    }

    @GET
    @Path("{id}")
    @Authenticated
    @Operation(summary = "Read an administrative unit", description = "With its parent, flags per period and number of children.")
    public RestResponse<AdminUnitView> get(@PathParam("id") long id) {
        AdminUnitView unit = service.read(id);
        return Responses.ok(unit, unit.version());
    }

    @POST
    @RolesAllowed({Roles.PROVINCE, Roles.ADMIN})
    @Operation(summary = "Create an administrative unit",
            description = "A commune's parent is a district, a district's a province; a province has none. Terrain is required for "
                    + "districts only. 409 when the code exists.")
    public RestResponse<AdminUnitView> create(@Valid @NotNull AdminUnitRequest body) {
        AdminUnitView unit = service.create(body);
        return Responses.created(unit, unit.version(), URI.create("/api/v1/admin-units/" + unit.id()));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.PROVINCE, Roles.ADMIN})
    @Operation(summary = "Replace an administrative unit",
            description = "Needs If-Match. The flags sent replace all flags. The level cannot change once the unit has children, "
                    + "agreements or a partner organisation, nor the parent once it has agreements (409).")
    public RestResponse<AdminUnitView> update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                                              @Valid @NotNull AdminUnitRequest body) {
        AdminUnitView unit = service.update(id, ifMatch, body);
        return Responses.ok(unit, unit.version());
    }

    @GET
    @Path("{id}/history")
    @Authenticated
    @Operation(summary = "History of changes to an administrative unit")
    public List<HistoryEntry> history(@PathParam("id") long id) {
        service.get(id);
        return history.of(AdminUnitService.ENTITY, id);
    }
}
