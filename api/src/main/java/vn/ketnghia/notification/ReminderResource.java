package vn.ketnghia.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ketnghia.common.security.Roles;
import vn.ketnghia.common.time.ProgrammeDate;
import vn.ketnghia.notification.NotificationDtos.ReminderRun;

@Path("/api/v1/reporting-periods/{id}/reminders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reporting periods")
public class ReminderResource {

    @Inject
    ReminderService reminders;

    @POST
    @RolesAllowed(Roles.PROVINCE)
    @Operation(summary = "Send reminders for a period now",
            description = "Every reporter of the open period whose report is not in (draft or returned) gets one digest, at most once a day; "
                    + "the province office gets the day's list of overdue reporters. 409 unless the period is open.")
    public ReminderRun remind(@PathParam("id") long id) {
        return reminders.runForPeriod(id, ProgrammeDate.today());
    }
}
