package vn.ketnghia.visit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ketnghia.common.paging.Page;
import vn.ketnghia.common.paging.PageQuery;
import vn.ketnghia.common.security.Roles;
import vn.ketnghia.visit.VisitDtos.ActionPointListItem;

@Path("/api/v1/action-points")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Monitoring visits")
public class ActionPointResource {

    @Inject
    ActionPointService service;

    @GET
    @RolesAllowed({Roles.PROVINCE, Roles.PROVINCE_VIEWER, Roles.ADMIN, Roles.DISTRICT, Roles.INTEGRATION, Roles.UNIT})
    @Operation(summary = "List action points across visits in your scope",
            description = "Soonest due first, undated last, unless sorted otherwise; `overdue=true` gives the home screen's overdue list. "
                    + "Sort fields: dueDate, status, visitDate, updatedAt.")
    public Page<ActionPointListItem> list(@Valid @BeanParam ActionPointFilter filter, @Valid @BeanParam PageQuery paging) {
        return service.list(filter, paging);
    }
}
