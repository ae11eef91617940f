package vn.ketnghia.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.ketnghia.common.paging.Page;
import vn.ketnghia.common.paging.PageQuery;
import vn.ketnghia.common.security.Roles;
import vn.ketnghia.notification.NotificationDtos.NotificationView;
import vn.ketnghia.notification.NotificationDtos.UnreadCount;

@Path("/api/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications", description = "The in-app inbox of your party: the province office, your organisation or your district")
public class NotificationResource {

    @Inject
    NotificationService notifications;

    @GET
    @RolesAllowed({Roles.PROVINCE, Roles.PROVINCE_VIEWER, Roles.ADMIN, Roles.DISTRICT, Roles.INTEGRATION, Roles.UNIT})
    @Operation(summary = "List your party's notifications",
            description = "Newest first. The province's roles share the province office's inbox; unit users see their organisation's, "
                    + "district users and systems their district's.")
    public Page<NotificationView> list(@Parameter(description = "true: only unread; false: only read") @QueryParam("unread") Boolean unread,
                                       @Valid @BeanParam PageQuery paging) {
        return notifications.inbox(unread, paging);
    }

    @GET
    @Path("unread-count")
    @RolesAllowed({Roles.PROVINCE, Roles.PROVINCE_VIEWER, Roles.ADMIN, Roles.DISTRICT, Roles.INTEGRATION, Roles.UNIT})
    @Operation(summary = "Count your party's unread notifications")
    public UnreadCount unreadCount() {
        return new UnreadCount(notifications.unreadCount());
    }

    @POST
    @Path("{id}/read")
    @RolesAllowed({Roles.PROVINCE, Roles.ADMIN, Roles.DISTRICT, Roles.INTEGRATION, Roles.UNIT})
    @Operation(summary = "Mark a notification read",
            description = "For everyone in your party. Marking it again changes nothing. The province-viewer role reads but does not mark.")
    public NotificationView markRead(@PathParam("id") long id) {
        return notifications.markRead(id);
    }

    @POST
    @Path("read-all")
    @RolesAllowed({Roles.PROVINCE, Roles.ADMIN, Roles.DISTRICT, Roles.INTEGRATION, Roles.UNIT})
    @Operation(summary = "Mark all your party's notifications read", description = "Answers 204.")
    public RestResponse<Void> markAllRead() {
        notifications.markAllRead();
        return RestResponse.noContent();
    }
}
