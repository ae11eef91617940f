package vn.ketnghia.reporting.summary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ketnghia.common.error.ApiException;
import vn.ketnghia.common.security.Roles;
import vn.ketnghia.common.time.ProgrammeDate;
import vn.ketnghia.document.DocumentSettings;
import vn.ketnghia.document.Downloads;
import vn.ketnghia.document.IssueOptions;
import vn.ketnghia.reporting.summary.SummaryDtos.SummaryView;

@Path("/api/v1/reporting-periods")
@Tag(name = "Reporting documents", description = "The province summary of a reporting period and reminder letters, as JSON, Word and Excel (task 4)")
public class SummaryResource {

    @Inject
    SummaryService summaries;

    @Inject
    DocumentSettings settings;

    @GET
    @Path("{id}/summary")
    @Produces({MediaType.APPLICATION_JSON, Downloads.DOCX, Downloads.XLSX})
    @RolesAllowed({Roles.PROVINCE, Roles.PROVINCE_VIEWER, Roles.ADMIN})
    @Operation(summary = "The province summary of a reporting period",
            description = "Figures over the period's window for the whole programme (each line with the support-record filter "
                    + "that lists what it sums), plan against actual for the year's annual programmes, completeness with the "
                    + "late and missing reporters, and the difficulties and recommendations of submitted and accepted reports "
                    + "by district and theme. Accept chooses the form: JSON, a Word report in the Decree 30/2020/NĐ-CP format, "
                    + "or an Excel workbook with one sheet per table. number, date, signerName and signerTitle apply to the Word report.")
    @APIResponse(responseCode = "200", description = "The summary", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SummaryView.class)),
            @Content(mediaType = Downloads.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = Downloads.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response summary(@PathParam("id") long id, @Context HttpHeaders headers,
                            @QueryParam("number") @Size(max = 20) String number,
                            @QueryParam("date") LocalDate date,
                            @QueryParam("signerName") @Size(max = 100) String signerName,
                            @QueryParam("signerTitle") @Size(max = 100) String signerTitle) {
        LocalDate today = ProgrammeDate.today();
        SummaryView view = summaries.summary(id, today);
        String fileName = "Báo cáo tổng hợp - " + view.period().name();
        return switch (representation(headers)) {
            case Downloads.DOCX -> Downloads.attachment(
                    SummaryDocument.render(view, new IssueOptions(number, date == null ? today : date, signerName, signerTitle), settings),
                    Downloads.DOCX, fileName + ".docx");
            case Downloads.XLSX -> Downloads.attachment(SummaryWorkbook.render(view), Downloads.XLSX, fileName + ".xlsx");
            default -> Response.ok(view, MediaType.APPLICATION_JSON_TYPE).build();
        };
    }

    @GET
    @Path("{id}/reminder-letter")
    @Produces(Downloads.DOCX)
    @RolesAllowed(Roles.PROVINCE)
    @Operation(summary = "A reminder letter (công văn đôn đốc) to the reporters still owing a report",
            description = "A Word letter in the Decree 30/2020/NĐ-CP format addressed to every reporter that is overdue or whose "
                    + "returned report has not been resubmitted, listing them with the due date and days overdue and asking them "
                    + "to report by submitBy (default: today plus ketnghia.documents.reminder-submit-within-days). "
                    + "409 when the period is not open or nobody is owing.")
    @APIResponse(responseCode = "200", description = "The letter",
            content = @Content(mediaType = Downloads.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response reminderLetter(@PathParam("id") long id,
                                   @QueryParam("submitBy") LocalDate submitBy,
                                   @QueryParam("number") @Size(max = 20) String number,
                                   @QueryParam("date") LocalDate date,
                                   @QueryParam("signerName") @Size(max = 100) String signerName,
                                   @QueryParam("signerTitle") @Size(max = 100) String signerTitle) {
        LocalDate today = ProgrammeDate.today();
        LocalDate issued = date == null ? today : date;
        LocalDate deadline = submitBy == null ? issued.plusDays(settings.reminderSubmitWithinDays()) : submitBy;
        if (deadline.isBefore(issued)) {
            throw ApiException.invalidParameter("submitBy",
                    "không được trước ngày ban hành công văn / must not be before the letter's date");
        }
        SummaryService.ReminderLetterData data = summaries.reminderLetter(id, today);
        byte[] letter = ReminderLetter.render(data, today, deadline, new IssueOptions(number, issued, signerName, signerTitle), settings);
        return Downloads.attachment(letter, Downloads.DOCX, "Công văn đôn đốc báo cáo - " + data.period().name() + ".docx");
    }

    /** The first of the client's acceptable types (most preferred first) that this endpoint can produce; JSON for a wildcard. */
    private static String representation(HttpHeaders headers) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return MediaType.APPLICATION_JSON;
            }
            if (accepted.isCompatible(MediaType.valueOf(Downloads.DOCX))) {
                return Downloads.DOCX;
            }
            if (accepted.isCompatible(MediaType.valueOf(Downloads.XLSX))) {
                return Downloads.XLSX;
            }
        }
        return MediaType.APPLICATION_JSON;
    }
}
