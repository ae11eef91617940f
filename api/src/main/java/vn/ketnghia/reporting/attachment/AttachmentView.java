package vn.ketnghia.reporting.attachment;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ketnghia.reporting.ReportAttachment;

@Schema(name = "Attachment", description = "A file attached to a report. The media type is the one found in the content, not the one the uploader claimed.")
public record AttachmentView(
        @Schema(examples = "31") long id,
        @Schema(description = "The uploaded name, without any folder part or control characters", examples = "Báo cáo kết quả 6 tháng.pdf") String fileName,
        @Schema(examples = "application/pdf") String mediaType,
        @Schema(examples = "248311") long sizeBytes,
        @Schema(description = "SHA-256 of the content, lower-case hex", examples = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256,
        OffsetDateTime uploadedAt,
        @Schema(examples = "sonnptnt") String uploadedBy) {

    static AttachmentView of(ReportAttachment attachment) {
        return new AttachmentView(attachment.id, attachment.fileName, attachment.mediaType, attachment.sizeBytes,
                attachment.sha256, attachment.uploadedAt, attachment.uploadedBy);
    }
}
