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
import vn.ketnghia.catalog.SupportCategoryDtos.SupportAreaView;
import vn.ketnghia.catalog.SupportCategoryDtos.SupportCategoryRequest;
import vn.ketnghia.catalog.SupportCategoryDtos.SupportCategoryView;
import vn.ketnghia.common.history.History;
import vn.ketnghia.common.history.HistoryEntry;
import vn.ketnghia.common.paging.Page;
import vn.ketnghia.common.paging.PageQuery;
import vn.ketnghia.common.security.Roles;
import vn.ketnghia.common.web.Responses;

@Path("/api/v1/support-categories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogues")
public class SupportCategoryResource {

    @Inject
    SupportCategoryService service;

    @Inject
    History history;

    @GET
    @Authenticated
    @Operation(summary = "List support categories",
            description = "Default order: area (spiritual, material, production), then sortOrder. Sort fields: area, sortOrder, name, code.")
    public Page<SupportCategoryView> list(@Valid @BeanParam SupportCategoryFilter filter, @Valid @BeanParam PageQuery paging) {
        return service.list(filter, paging);
    }

    @GET
    @Path("areas")
    @Authenticated
    @Operation(summary = "The three support areas of task 1b", description = "With their Vietnamese names and number of categories.")
    public List<SupportAreaView> areas() {
        return service.areas();
    }

    @GET
    @Path("{id}")
    @Authenticated
    @Operation(summary = "Read a support category")
    public RestResponse<SupportCategoryView> get(@PathParam("id") long id) {
        SupportCategory category = service.get(id);
        return Responses.ok(SupportCategoryView.of(category), category.version);
    }

    @POST
    @RolesAllowed({Roles.PROVINCE, Roles.ADMIN})
    @Operation(summary = "Create a support category", description = "409 when the code exists.")
    public RestResponse<SupportCategoryView> create(@Valid @NotNull SupportCategoryRequest body) {
        SupportCategory category = service.create(body);
        return Responses.created(SupportCategoryView.of(category), category.version,
                URI.create("/api/v1/support-categories/" + category.id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.PROVINCE, Roles.ADMIN})
    @Operation(summary = "Replace a support category", description = "Needs If-Match with the ETag of the last read.")
    public RestResponse<SupportCategoryView> update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                                                    @Valid @NotNull SupportCategoryRequest body) {
        SupportCategory category = service.update(id, ifMatch, body);
        return Responses.ok(SupportCategoryView.of(category), category.version);
    }

    @GET
    @Path("{id}/history")
    @Authenticated
    @Operation(summary = "History of changes to a support category")
    public List<HistoryEntry> history(@PathParam("id") long id) {
        service.get(id);
        return history.of(SupportCategoryService.ENTITY, id);
    }
}
