package vn.ketnghia.reporting.attachment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.ketnghia.common.error.ApiException;
import vn.ketnghia.common.error.FieldError;
import vn.ketnghia.common.error.ProblemType;
import vn.ketnghia.common.file.ContentTypes;
import vn.ketnghia.common.file.UploadChecks;
import vn.ketnghia.common.security.Roles;
import vn.ketnghia.reporting.attachment.ReportAttachments.AttachmentFile;

@Path("/api/v1/reports/{id}/attachments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Semi-annual and annual reports of partner units and districts (tasks 1f and 4)")
public class ReportAttachmentResource {

    @Inject
    ReportAttachments attachments;

    @GET
    @RolesAllowed({Roles.PROVINCE, Roles.PROVINCE_VIEWER, Roles.ADMIN, Roles.DISTRICT, Roles.INTEGRATION, Roles.UNIT})
    @Operation(summary = "List a report's attachments", description = "Oldest first, without their content. 404 when the report is outside your scope.")
    public List<AttachmentView> list(@PathParam("id") long id) {
        return attachments.list(id);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.UNIT, Roles.DISTRICT, Roles.INTEGRATION})
    @Operation(summary = "Attach a file to your report",
            description = "multipart/form-data with the file in the field `file`. Only the reporter, while the report is draft or returned "
                    + "and its period open (else 409). Accepted by content, whatever the name: PDF, PNG, JPEG, DOCX, XLSX, PPTX, DOC, XLS "
                    + "(else 415); at most 10 MB (413) and 20 files per report (409) unless configured otherwise. "
                    + "Needs no If-Match; the report's ETag changes.")
    public RestResponse<AttachmentView> upload(@PathParam("id") long id, @RestForm("file") FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            throw new ApiException(ProblemType.VALIDATION_FAILED, "file: bắt buộc / required",
                    List.of(FieldError.parameter("file", "gửi tệp trong trường 'file' / send the file in the field 'file'")));
        }
        AttachmentView view = attachments.upload(id, file.uploadedFile(), file.fileName());
        return RestResponse.ResponseBuilder.<AttachmentView>created(URI.create("/api/v1/reports/" + id + "/attachments/" + view.id()))
                .entity(view).build();
    }

    @GET
    @Path("{attachmentId}")
    @Produces({ContentTypes.PDF, ContentTypes.PNG, ContentTypes.JPEG, ContentTypes.DOCX, ContentTypes.XLSX, ContentTypes.PPTX,
            ContentTypes.DOC, ContentTypes.XLS})
    @RolesAllowed({Roles.PROVINCE, Roles.PROVINCE_VIEWER, Roles.ADMIN, Roles.DISTRICT, Roles.INTEGRATION, Roles.UNIT})
    @Operation(summary = "Download an attachment", description = "The file as uploaded, with its detected media type and name.")
    public Response download(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        AttachmentFile file = attachments.download(id, attachmentId);
        // A typed RestResponse makes Quarkus pick the toString() writer for these media types at build
        // time; a plain Response has its writer chosen from the entity at run time.
        return Response.ok(file.content(), file.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, UploadChecks.contentDisposition(file.fileName(), false))
                // The type was checked on upload; the browser must not guess another one.
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @DELETE
    @Path("{attachmentId}")
    @RolesAllowed({Roles.UNIT, Roles.DISTRICT, Roles.INTEGRATION})
    @Operation(summary = "Remove an attachment from your report",
            description = "Only the reporter, while the report is draft or returned and its period open (else 409). The report's ETag changes.")
    public RestResponse<Void> delete(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        attachments.delete(id, attachmentId);
        return RestResponse.noContent();
    }
}
