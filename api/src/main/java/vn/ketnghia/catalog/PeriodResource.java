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
import vn.ketnghia.catalog.PeriodDtos.PeriodRequest;
import vn.ketnghia.catalog.PeriodDtos.PeriodView;
import vn.ketnghia.common.history.History;
import vn.ketnghia.common.history.HistoryEntry;
import vn.ketnghia.common.paging.Page;
import vn.ketnghia.common.paging.PageQuery;
import vn.ketnghia.common.security.Roles;
import vn.ketnghia.common.web.Responses;

@Path("/api/v1/periods")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogues")
public class PeriodResource {

    @Inject
    PeriodService service;

    @Inject
    History history;

    @GET
    @Authenticated
    @Operation(summary = "List programme periods", description = "Sort fields: code, startYear, name.")
    public Page<PeriodView> list(@Valid @BeanParam PageQuery paging) {
        return service.list(paging);
    }

    @GET
    @Path("{id}")
    @Authenticated
    @Operation(summary = "Read a programme period")
    public RestResponse<PeriodView> get(@PathParam("id") long id) {
        Period period = service.get(id);
        return Responses.ok(PeriodView.of(period), period.version);
    }

    @POST
    @RolesAllowed({Roles.PROVINCE, Roles.ADMIN})
    @Operation(summary = "Create a programme period")
    public RestResponse<PeriodView> create(@Valid @NotNull PeriodRequest body) {
        Period period = service.create(body);
        return Responses.created(PeriodView.of(period), period.version, URI.create("/api/v1/periods/" + period.id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.PROVINCE, Roles.ADMIN})
    @Operation(summary = "Replace a programme period", description = "Needs If-Match with the ETag of the last read.")
    public RestResponse<PeriodView> update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                                           @Valid @NotNull PeriodRequest body) {
        Period period = service.update(id, ifMatch, body);
        return Responses.ok(PeriodView.of(period), period.version);
    }

    @GET
    @Path("{id}/history")
    @Authenticated
    @Operation(summary = "History of changes to a programme period")
    public List<HistoryEntry> history(@PathParam("id") long id) {
        service.get(id);
        return history.of(PeriodService.ENTITY, id);
    }
}
