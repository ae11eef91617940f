package vn.ketnghia.need;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import vn.ketnghia.common.history.HistoryEntry;
import vn.ketnghia.common.paging.Page;
import vn.ketnghia.common.paging.PageQuery;
import vn.ketnghia.common.security.Roles;
import vn.ketnghia.common.web.Responses;
import vn.ketnghia.need.NeedDtos.CancelRequest;
import vn.ketnghia.need.NeedDtos.NeedDetail;
import vn.ketnghia.need.NeedDtos.NeedRequest;
import vn.ketnghia.need.NeedDtos.NeedView;
import vn.ketnghia.need.NeedDtos.NoteRequest;
import vn.ketnghia.need.NeedDtos.PledgeRequest;
import vn.ketnghia.need.NeedDtos.WithdrawRequest;

@Path("/api/v1/needs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Needs", description = "What the receiving communes need (task 2), and partners' pledges that become items of their annual programmes")
public class NeedResource {

    @Inject
    NeedService needs;

    @Inject
    PledgeService pledges;

    @GET
    @RolesAllowed({Roles.PROVINCE, Roles.PROVINCE_VIEWER, Roles.ADMIN, Roles.DISTRICT, Roles.INTEGRATION, Roles.UNIT})
    @Operation(summary = "List the communes' needs",
            description = "Every programme role reads every need: partners look for communes to help beyond their own. "
                    + "Sort fields: priority (high first), targetYear, estimatedVnd, status, commune, district, title, createdAt, updatedAt; "
                    + "by default priority, then target year.")
    public Page<NeedView> list(@Valid @BeanParam NeedFilter filter, @Valid @BeanParam PageQuery paging) {
        return needs.list(filter, paging);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.PROVINCE, Roles.PROVINCE_VIEWER, Roles.ADMIN, Roles.DISTRICT, Roles.INTEGRATION, Roles.UNIT})
    @Operation(summary = "Read a need with its pledges and what was delivered",
            description = "Delivered are the support records linked to the plan items of the pledges, recorded or confirmed.")
    public RestResponse<NeedDetail> get(@PathParam("id") long id) {
        return detail(needs.find(id));
    }

    @POST
    @RolesAllowed({Roles.PROVINCE, Roles.DISTRICT, Roles.INTEGRATION})
    @Operation(summary = "Post a commune's need", description = "A district posts needs of its own communes (403 otherwise), the province "
            + "of any commune. Created as `open`.")
    public RestResponse<NeedDetail> create(@Valid @NotNull NeedRequest body) {
        CommuneNeed need = needs.create(body);
        return Responses.created(pledges.detail(need), need.version, URI.create("/api/v1/needs/" + need.id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.PROVINCE, Roles.DISTRICT, Roles.INTEGRATION})
    @Operation(summary = "Replace a need", description = "Needs If-Match. While open or pledged; the commune cannot change once pledged.")
    public RestResponse<NeedDetail> update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                                           @Valid @NotNull NeedRequest body) {
        return detail(needs.update(id, ifMatch, body));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.PROVINCE, Roles.DISTRICT, Roles.INTEGRATION})
    @Operation(summary = "Delete a need", description = "Needs If-Match. Only while no partner ever pledged to it (409 otherwise: cancel it).")
    public void delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        needs.delete(id, ifMatch);
    }

    @POST
    @Path("{id}/met")
    @RolesAllowed({Roles.PROVINCE, Roles.DISTRICT, Roles.INTEGRATION})
    @Operation(summary = "Mark a need met", description = "Needs If-Match. From open or pledged; pledges stay as they are.")
    public RestResponse<NeedDetail> met(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @Valid NoteRequest body) {
        return detail(needs.markMet(id, ifMatch, body == null ? null : body.note()));
    }

    @POST
    @Path("{id}/cancel")
    @RolesAllowed({Roles.PROVINCE, Roles.DISTRICT, Roles.INTEGRATION})
    @Operation(summary = "Cancel a need", description = "Needs If-Match and a reason. From open only: with active pledges the partners "
            + "withdraw them first (409).")
    public RestResponse<NeedDetail> cancel(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                                           @Valid @NotNull CancelRequest body) {
        return detail(needs.cancel(id, ifMatch, body.reason()));
    }

    @POST
    @Path("{id}/reopen")
    @RolesAllowed({Roles.PROVINCE, Roles.DISTRICT, Roles.INTEGRATION})
    @Operation(summary = "Reopen a met or cancelled need", description = "Needs If-Match. It becomes open, or pledged when pledges are active.")
    public RestResponse<NeedDetail> reopen(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        return detail(needs.reopen(id, ifMatch));
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.PROVINCE, Roles.PROVINCE_VIEWER, Roles.ADMIN, Roles.DISTRICT, Roles.INTEGRATION, Roles.UNIT})
    @Operation(summary = "History of changes to a need, including pledges made and withdrawn")
    public List<HistoryEntry> history(@PathParam("id") long id) {
        return needs.history(id);
    }

    @POST
    @Path("{id}/pledges")
    @RolesAllowed({Roles.PROVINCE, Roles.UNIT})
    @Operation(summary = "Pledge to a need",
            description = "A unit pledges under one of its own agreements (another partner's agreement is 404), the province on a "
                    + "partner's behalf. The agreement must be active (409 while proposed, suspended or ended) and help this commune "
                    + "(its recipient is the commune, or the commune's district for district twinning; 409 \"Đơn vị chưa kết nghĩa với "
                    + "xã này\" otherwise). The pledge becomes an item of the agreement's annual programme for `year` (category of the "
                    + "need, planned budget = pledged amount); the programme is created as a draft when missing, and an agreed "
                    + "programme returns to draft for the district to agree again. The receiving district is notified. "
                    + "One active pledge per partner and need. Answers the need with its pledges.")
    public RestResponse<NeedDetail> pledge(@PathParam("id") long id, @Valid @NotNull PledgeRequest body) {
        pledges.pledge(id, body);
        CommuneNeed need = needs.find(id);
        return Responses.created(pledges.detail(need), need.version, URI.create("/api/v1/needs/" + id));
    }

    @POST
    @Path("{id}/pledges/{pledgeId}/withdraw")
    @RolesAllowed({Roles.PROVINCE, Roles.UNIT})
    @Operation(summary = "Withdraw a pledge",
            description = "Needs If-Match with the pledge's version. A unit withdraws its own pledges, the province any. The plan item is "
                    + "removed under the plan rules (an agreed programme returns to draft); refused (409) once support records carry it out.")
    public RestResponse<NeedDetail> withdraw(@PathParam("id") long id, @PathParam("pledgeId") long pledgeId,
                                             @HeaderParam("If-Match") String ifMatch, @Valid WithdrawRequest body) {
        pledges.withdraw(id, pledgeId, ifMatch, body == null ? null : body.reason());
        return detail(needs.find(id));
    }

    private RestResponse<NeedDetail> detail(CommuneNeed need) {
        return Responses.ok(pledges.detail(need), need.version);
    }
}
