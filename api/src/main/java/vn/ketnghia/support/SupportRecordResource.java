package vn.ketnghia.support;

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
import vn.ketnghia.support.SupportRecordDtos.Confirmation;
import vn.ketnghia.support.SupportRecordDtos.SupportRecordRequest;
import vn.ketnghia.support.SupportRecordDtos.SupportRecordView;
import vn.ketnghia.support.SupportRecordDtos.SupportTotals;

@Path("/api/v1/support-records")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Support records", description = "What partners actually gave or did, confirmed by the receiving district")
public class SupportRecordResource {

    @Inject
    SupportRecordService service;

    @GET
    @RolesAllowed({Roles.PROVINCE, Roles.PROVINCE_VIEWER, Roles.ADMIN, Roles.DISTRICT, Roles.INTEGRATION, Roles.UNIT})
    @Operation(summary = "List support records in your scope",
            description = "A unit sees the records of its own agreements, a district those in its communes, province roles all. "
                    + "Each row carries its agreement's partner, recipient, district and period. "
                    + "Sort fields: supportDate, valueVnd, createdAt, category.")
    public Page<SupportRecordView> list(@Valid @BeanParam SupportRecordFilter filter, @Valid @BeanParam PageQuery paging) {
        return service.list(filter, paging);
    }

    @GET
    @Path("totals")
    @RolesAllowed({Roles.PROVINCE, Roles.PROVINCE_VIEWER, Roles.ADMIN, Roles.DISTRICT, Roles.INTEGRATION, Roles.UNIT})
    @Operation(summary = "Totals of the support records matching the list's filters",
            description = "Count, value (all, cash, in kind) and beneficiaries over every matching record in your scope, all pages.")
    public SupportTotals totals(@Valid @BeanParam SupportRecordFilter filter) {
        return service.totals(filter);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.PROVINCE, Roles.PROVINCE_VIEWER, Roles.ADMIN, Roles.DISTRICT, Roles.INTEGRATION, Roles.UNIT})
    @Operation(summary = "Read a support record", description = "404 when it does not exist or lies outside your scope.")
    public RestResponse<SupportRecordView> get(@PathParam("id") long id) {
        SupportRecord record = service.findInScope(id);
        return Responses.ok(SupportRecordView.of(record), record.version);
    }

    @POST
    @RolesAllowed({Roles.PROVINCE, Roles.UNIT})
    @Operation(summary = "Record support given", description = "Against a signed (not proposed) agreement in your scope; "
            + "the date lies within the agreement and not in the future. Created as `recorded`.")
    public RestResponse<SupportRecordView> create(@Valid @NotNull SupportRecordRequest body) {
        SupportRecord record = service.create(body);
        return Responses.created(SupportRecordView.of(record), record.version, URI.create("/api/v1/support-records/" + record.id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.PROVINCE, Roles.UNIT})
    @Operation(summary = "Replace a support record", description = "Needs If-Match. Same rules as recording; a confirmed record is locked (409).")
    public RestResponse<SupportRecordView> update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                                                  @Valid @NotNull SupportRecordRequest body) {
        SupportRecord record = service.update(id, ifMatch, body);
        return Responses.ok(SupportRecordView.of(record), record.version);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.PROVINCE, Roles.UNIT})
    @Operation(summary = "Delete a support record", description = "Needs If-Match. Only while `recorded`; the deletion stays in the history.")
    public void delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
    }

    @POST
    @Path("{id}/confirm")
    @RolesAllowed({Roles.DISTRICT, Roles.INTEGRATION})
    @Operation(summary = "Confirm that the support was received",
            description = "By the receiving district only. Needs If-Match. recorded → confirmed; the record is then locked.")
    public RestResponse<SupportRecordView> confirm(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                                                   @Valid Confirmation body) {
        SupportRecord record = service.confirm(id, ifMatch, body == null ? null : body.note());
        return Responses.ok(SupportRecordView.of(record), record.version);
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.PROVINCE, Roles.PROVINCE_VIEWER, Roles.ADMIN, Roles.DISTRICT, Roles.INTEGRATION, Roles.UNIT})
    @Operation(summary = "History of changes to a support record",
            description = "Also answers for a deleted record, ending with its `deleted` entry, to whoever may see its agreement.")
    public List<HistoryEntry> history(@PathParam("id") long id) {
        return service.history(id);
    }
}
