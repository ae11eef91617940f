package vn.ketnghia.practice;

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
import vn.ketnghia.common.history.HistoryEntry;
import vn.ketnghia.common.paging.Page;
import vn.ketnghia.common.paging.PageQuery;
import vn.ketnghia.common.security.Roles;
import vn.ketnghia.common.web.Responses;
import vn.ketnghia.practice.PracticeDtos.FileView;
import vn.ketnghia.practice.PracticeDtos.PracticeListItem;
import vn.ketnghia.practice.PracticeDtos.PracticeRequest;
import vn.ketnghia.practice.PracticeDtos.PracticeUpdate;
import vn.ketnghia.practice.PracticeDtos.PracticeView;
import vn.ketnghia.practice.PracticeDtos.TagCount;
import vn.ketnghia.practice.PracticeFiles.Download;

@Path("/api/v1/practices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Good practices", description = "Experience and ways of working that partner units share with each other (task 1d)")
public class PracticeResource {

    private static final String WRITERS = "Written by the author unit (for its own organisation), the district where the linked agreement "
            + "helps, or the province (Ban Dân tộc, for any unit). Others get 403 for a published practice and 404 for a draft.";

    @Inject
    PracticeService practices;

    @Inject
    PracticeFiles files;

    @GET
    @RolesAllowed({Roles.PROVINCE, Roles.PROVINCE_VIEWER, Roles.ADMIN, Roles.DISTRICT, Roles.INTEGRATION, Roles.UNIT})
    @Operation(summary = "Search good practices",
            description = "Everyone signed in reads every published practice, whatever their scope. Drafts are listed only to those who may "
                    + "edit them: the author unit, the district of the linked agreement and the province (role province). "
                    + "Each row names its cover image (the first image file). Sort fields: publishedAt, year, title, createdAt, updatedAt; "
                    + "by default the most recently published first.")
    public Page<PracticeListItem> list(@Valid @BeanParam PracticeFilter filter, @Valid @BeanParam PageQuery paging) {
        return practices.list(filter, paging);
    }

    @GET
    @Path("tags")
    @RolesAllowed({Roles.PROVINCE, Roles.PROVINCE_VIEWER, Roles.ADMIN, Roles.DISTRICT, Roles.INTEGRATION, Roles.UNIT})
    @Operation(summary = "Tags of published practices, for a tag cloud",
            description = "Each tag with the number of published practices carrying it; most used first, at most 200.")
    public List<TagCount> tags() {
        return practices.tagCloud();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.PROVINCE, Roles.PROVINCE_VIEWER, Roles.ADMIN, Roles.DISTRICT, Roles.INTEGRATION, Roles.UNIT})
    @Operation(summary = "Read a good practice with its files",
            description = "404 when it does not exist, or is a draft you may not edit.")
    public RestResponse<PracticeView> get(@PathParam("id") long id) {
        GoodPractice practice = practices.findVisible(id);
        return Responses.ok(practices.view(practice), practice.version);
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.PROVINCE, Roles.PROVINCE_VIEWER, Roles.ADMIN, Roles.DISTRICT, Roles.INTEGRATION, Roles.UNIT})
    @Operation(summary = "History of a practice", description = "Oldest first, including its files' changes. 404 like the practice itself.")
    public List<HistoryEntry> history(@PathParam("id") long id) {
        return practices.history(id);
    }

    @POST
    @RolesAllowed({Roles.PROVINCE, Roles.UNIT, Roles.DISTRICT})
    @Operation(summary = "Write up a good practice (as a draft)",
            description = "A unit writes for its own organisation (403 for another); a district names an agreement of its district, whose "
                    + "partner becomes the author; the province names the author unit or an agreement. A linked agreement must be the "
                    + "author's own (400) and in your scope (404). Tags are trimmed, lower-cased and de-duplicated.")
    public RestResponse<PracticeView> create(@Valid @NotNull PracticeRequest body) {
        GoodPractice practice = practices.create(body);
        return Responses.created(practices.view(practice), practice.version, URI.create("/api/v1/practices/" + practice.id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.PROVINCE, Roles.UNIT, Roles.DISTRICT})
    @Operation(summary = "Replace a practice's text, place, year and tags",
            description = "Draft or published. Needs If-Match. " + WRITERS)
    public RestResponse<PracticeView> update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                                             @Valid @NotNull PracticeUpdate body) {
        GoodPractice practice = practices.update(id, ifMatch, body);
        return Responses.ok(practices.view(practice), practice.version);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.PROVINCE, Roles.UNIT, Roles.DISTRICT})
    @Operation(summary = "Delete a draft practice with its files",
            description = "Drafts only (409 for a published one: unpublish it first). Needs If-Match. " + WRITERS)
    public RestResponse<Void> delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        practices.delete(id, ifMatch);
        return RestResponse.noContent();
    }

    @POST
    @Path("{id}/publish")
    @RolesAllowed({Roles.PROVINCE, Roles.UNIT, Roles.DISTRICT})
    @Operation(summary = "Publish a draft practice", description = "draft → published: everyone signed in can read it. Needs If-Match. " + WRITERS)
    public RestResponse<PracticeView> publish(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        GoodPractice practice = practices.publish(id, ifMatch);
        return Responses.ok(practices.view(practice), practice.version);
    }

    @POST
    @Path("{id}/unpublish")
    @RolesAllowed({Roles.PROVINCE, Roles.UNIT, Roles.DISTRICT})
    @Operation(summary = "Take a practice back to draft", description = "published → draft. Needs If-Match. " + WRITERS)
    public RestResponse<PracticeView> unpublish(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        GoodPractice practice = practices.unpublish(id, ifMatch);
        return Responses.ok(practices.view(practice), practice.version);
    }

    @POST
    @Path("{id}/files")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.PROVINCE, Roles.UNIT, Roles.DISTRICT})
    @Operation(summary = "Add a photo or document to a practice",
            description = "multipart/form-data with the file in the field `file`. Accepted by content, whatever the name: JPEG, PNG, WebP, "
                    + "PDF, DOCX, XLSX (else 415); at most 10 MB (413) and 20 files per practice (409). Needs no If-Match; the practice's "
                    + "ETag changes. The first image becomes the cover. " + WRITERS)
    public RestResponse<FileView> upload(@PathParam("id") long id, @RestForm("file") FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            throw new ApiException(ProblemType.VALIDATION_FAILED, "file: bắt buộc / required",
                    List.of(FieldError.parameter("file", "gửi tệp trong trường 'file' / send the file in the field 'file'")));
        }
        FileView view = files.upload(id, file.uploadedFile(), file.fileName());
        return RestResponse.ResponseBuilder.<FileView>created(URI.create("/api/v1/practices/" + id + "/files/" + view.id()))
                .entity(view).build();
    }

    @GET
    @Path("{id}/files/{fileId}")
    @Produces({ContentTypes.JPEG, ContentTypes.PNG, ContentTypes.WEBP, ContentTypes.PDF, ContentTypes.DOCX, ContentTypes.XLSX})
    @RolesAllowed({Roles.PROVINCE, Roles.PROVINCE_VIEWER, Roles.ADMIN, Roles.DISTRICT, Roles.INTEGRATION, Roles.UNIT})
    @Operation(summary = "Download a practice's file",
            description = "The file as uploaded, with its detected media type. Images come `inline` (for the gallery), documents as attachments.")
    public Response download(@PathParam("id") long id, @PathParam("fileId") long fileId) {
        Download file = files.download(id, fileId);
        // A typed RestResponse makes Quarkus pick the toString() writer for these media types at build
        // time; a plain Response has its writer chosen from the entity at run time.
        return Response.ok(file.content(), file.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, UploadChecks.contentDisposition(file.fileName(), file.image()))
                // The type was checked on upload; the browser must not guess another one.
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @DELETE
    @Path("{id}/files/{fileId}")
    @RolesAllowed({Roles.PROVINCE, Roles.UNIT, Roles.DISTRICT})
    @Operation(summary = "Remove a file from a practice", description = "Needs If-Match of the practice; its ETag changes. " + WRITERS)
    public RestResponse<Void> deleteFile(@PathParam("id") long id, @PathParam("fileId") long fileId, @HeaderParam("If-Match") String ifMatch) {
        files.delete(id, fileId, ifMatch);
        return RestResponse.noContent();
    }
}
