package vn.ketnghia.joining;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.ketnghia.common.history.History;
import vn.ketnghia.common.history.HistoryEntry;
import vn.ketnghia.common.paging.Page;
import vn.ketnghia.common.paging.PageQuery;
import vn.ketnghia.common.security.Roles;
import vn.ketnghia.common.web.Responses;
import vn.ketnghia.document.DocumentSettings;
import vn.ketnghia.document.Downloads;
import vn.ketnghia.joining.JoiningDtos.CancelRequest;
import vn.ketnghia.joining.JoiningDtos.InvitationRequest;
import vn.ketnghia.joining.JoiningDtos.InvitationView;
import vn.ketnghia.joining.JoiningFilters.InvitationFilter;
import vn.ketnghia.notification.MailConfig;

@Path("/api/v1/invitations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Joining the programme", description = "Invitations to organisations that do not take part, their registrations "
        + "and the province's decisions (notice 135/TB-UBND, task 3)")
public class InvitationResource {

    @Inject
    InvitationService service;

    @Inject
    EligibleCommunes communes;

    @Inject
    History history;

    @Inject
    DocumentSettings settings;

    @Inject
    MailConfig mail;

    @GET
    @RolesAllowed({Roles.PROVINCE, Roles.PROVINCE_VIEWER, Roles.ADMIN, Roles.UNIT})
    @Operation(summary = "List invitations", description = "Province roles see all, a unit the invitations sent to it. "
            + "Sort fields: sentOn, replyBy, organization, status, period, updatedAt.")
    public Page<InvitationView> list(@Valid @BeanParam InvitationFilter filter, @Valid @BeanParam PageQuery paging) {
        return service.list(filter, paging);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.PROVINCE, Roles.PROVINCE_VIEWER, Roles.ADMIN, Roles.UNIT})
    @Operation(summary = "Read an invitation", description = "404 when it does not exist or was sent to another organisation.")
    public RestResponse<InvitationView> get(@PathParam("id") long id) {
        InvitationView view = service.view(service.findInScope(id));
        return Responses.ok(view, view.version());
    }

    @POST
    @RolesAllowed(Roles.PROVINCE)
    @Operation(summary = "Invite organisations to join a period",
            description = "One invitation per organisation, each with an in-app notice linking to the registration page. "
                    + "409 naming them when an organisation already has a proposed or active agreement in the period or an "
                    + "invitation still waiting; nothing is sent then.")
    @APIResponse(responseCode = "201", description = "The invitations sent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = InvitationView.class)))
    public RestResponse<List<InvitationView>> create(@Valid @NotNull InvitationRequest body) {
        List<InvitationView> sent = service.create(body).stream().map(service::view).toList();
        return RestResponse.status(RestResponse.Status.CREATED, sent);
    }

    @POST
    @Path("{id}/cancel")
    @RolesAllowed(Roles.PROVINCE)
    @Operation(summary = "Cancel an invitation not yet answered", description = "Needs If-Match.")
    public RestResponse<InvitationView> cancel(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                                               @Valid CancelRequest body) {
        InvitationView view = service.view(service.cancel(id, ifMatch, body == null ? null : body.reason()));
        return Responses.ok(view, view.version());
    }

    @GET
    @Path("{id}/letter")
    @Produces(Downloads.DOCX)
    @RolesAllowed({Roles.PROVINCE, Roles.PROVINCE_VIEWER, Roles.ADMIN, Roles.UNIT})
    @Operation(summary = "The invitation letter (công văn mời tham gia) as Word",
            description = "A letter in the Decree 30/2020/NĐ-CP format addressed to the organisation: the period and its legal "
                    + "basis, the reply date, how to register in the portal, and an annex listing, by district, the communes "
                    + "flagged especially difficult in the period that still have no active partner.")
    @APIResponse(responseCode = "200", description = "The letter",
            content = @Content(mediaType = Downloads.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response letter(@PathParam("id") long id) {
        Invitation invitation = service.findInScope(id);
        byte[] letter = InvitationLetter.render(invitation, communes.uncovered(invitation.period.id), mail.portalUrl(), settings);
        return Downloads.attachment(letter, Downloads.DOCX,
                "Công văn mời tham gia kết nghĩa - " + invitation.organization.name + ".docx");
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.PROVINCE, Roles.PROVINCE_VIEWER, Roles.ADMIN, Roles.UNIT})
    @Operation(summary = "History of changes to an invitation")
    public List<HistoryEntry> history(@PathParam("id") long id) {
        service.findInScope(id);
        return history.of(InvitationService.ENTITY, id);
    }
}
