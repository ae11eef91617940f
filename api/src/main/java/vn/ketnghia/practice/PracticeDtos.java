package vn.ketnghia.practice;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ketnghia.agreement.AgreementSummary;
import vn.ketnghia.catalog.SupportArea;
import vn.ketnghia.common.file.ContentTypes;
import vn.ketnghia.common.web.Ref;

public final class PracticeDtos {

    private PracticeDtos() {
    }

    @Schema(name = "GoodPracticeRequest", description = "A good practice as its author writes it. A new practice is a draft; "
            + "publishing is a separate step.")
    public record PracticeRequest(
            @Positive @Schema(description = "The author unit. A unit may leave it out (its own organisation) or give its own; the "
                    + "province gives it or an agreement; a district gives an agreement, whose partner is the author.", examples = "5")
            Long organizationId,
            @Positive @Schema(description = "Optional; one of the author unit's own agreements, in your scope. Required for a district. "
                    + "Gives the commune and district of the practice.", examples = "17") Long agreementId,
            @NotBlank @Size(max = 300) @Schema(examples = "Mô hình nuôi bò sinh sản luân chuyển") String title,
            @NotBlank @Size(max = 8000) @Schema(description = "What was done, how, with whom",
                    examples = "Hỗ trợ 10 con bò giống cho 10 hộ nghèo; bê con đầu tiên chuyển cho hộ khác.") String whatWasDone,
            @NotBlank @Size(max = 8000) @Schema(examples = "Sau 3 năm, 27 hộ có bò; 8 hộ thoát nghèo.") String results,
            @Schema(description = "Optional support area", examples = "production") SupportArea area,
            @NotNull @Min(2000) @Max(2100) @Schema(description = "The year the practice was carried out", examples = "2018") Integer year,
            @Size(max = Tags.MAX_PER_PRACTICE) @Schema(description = "At most 10; stored trimmed and in lower case, diacritics kept",
                    examples = "[\"chăn nuôi\", \"bò giống\"]")
            List<@NotBlank @Size(max = Tags.MAX_LENGTH) String> tags) {
    }

    @Schema(name = "GoodPracticeUpdate", description = "Replaces the practice's text, place, year and tags. The author unit never changes.")
    public record PracticeUpdate(
            @Positive @Schema(description = "Optional; one of the author unit's own agreements, in your scope", examples = "17") Long agreementId,
            @NotBlank @Size(max = 300) String title,
            @NotBlank @Size(max = 8000) String whatWasDone,
            @NotBlank @Size(max = 8000) String results,
            SupportArea area,
            @NotNull @Min(2000) @Max(2100) Integer year,
            @Size(max = Tags.MAX_PER_PRACTICE) List<@NotBlank @Size(max = Tags.MAX_LENGTH) String> tags) {
    }

    @Schema(name = "GoodPracticeFile", description = "A photo or document of a practice. The media type is the one found in the content.")
    public record FileView(
            @Schema(examples = "41") long id,
            @Schema(examples = "Chuồng bò thôn 2.jpg") String fileName,
            @Schema(examples = "image/jpeg") String mediaType,
            @Schema(examples = "248311") long sizeBytes,
            @Schema(description = "SHA-256 of the content, lower-case hex") String sha256,
            @Schema(description = "PNG, JPEG or WebP: shown in the gallery and served inline") boolean image,
            OffsetDateTime uploadedAt,
            @Schema(examples = "sonnptnt") String uploadedBy) {

        static FileView of(PracticeFile f) {
            return new FileView(f.id, f.fileName, f.mediaType, f.sizeBytes, f.sha256,
                    ContentTypes.IMAGES.contains(f.mediaType), f.uploadedAt, f.uploadedBy);
        }
    }

    @Schema(name = "GoodPractice")
    public record PracticeView(
            @Schema(examples = "9") long id,
            String title,
            String whatWasDone,
            String results,
            @Schema(description = "The author unit") Ref organization,
            @Schema(description = "The linked agreement, when there is one") AgreementSummary agreement,
            @Schema(description = "The agreement's recipient when it is a commune") Ref commune,
            @Schema(description = "The agreement's receiving district") Ref district,
            SupportArea area,
            @Schema(examples = "2018") int year,
            @Schema(description = "Sorted, lower case") List<String> tags,
            PracticeStatus status,
            OffsetDateTime publishedAt,
            @Schema(description = "Oldest first") List<FileView> files,
            @Schema(description = "The first image, shown as the cover; null without images", examples = "41") Long coverFileId,
            @Schema(description = "Whether you may edit, publish, unpublish and attach files") boolean editable,
            @Schema(description = "Send back as If-Match: \"<version>\". Moves when a file is added or removed.", examples = "0") long version,
            OffsetDateTime createdAt,
            String createdBy,
            OffsetDateTime updatedAt,
            String updatedBy) {
    }

    @Schema(name = "GoodPracticeListItem", description = "A practice in a list or card grid: an excerpt instead of the full text.")
    public record PracticeListItem(
            @Schema(examples = "9") long id,
            String title,
            @Schema(description = "The start of what was done, at most 300 characters") String excerpt,
            Ref organization,
            Ref commune,
            Ref district,
            @Schema(examples = "17") Long agreementId,
            SupportArea area,
            int year,
            List<String> tags,
            PracticeStatus status,
            OffsetDateTime publishedAt,
            @Schema(description = "The first image, shown as the card's cover; null without images", examples = "41") Long coverFileId,
            @Schema(examples = "3") long fileCount,
            long version,
            OffsetDateTime updatedAt) {
    }

    @Schema(name = "GoodPracticeTag", description = "A tag and how many published practices carry it.")
    public record TagCount(@Schema(examples = "chăn nuôi") String tag, @Schema(examples = "4") long count) {
    }

    /** The practice's own fields as kept in its history; files have entries of their own. */
    record Snapshot(long id, Ref organization, Long agreementId, String title, String whatWasDone, String results, SupportArea area,
                    int year, List<String> tags, PracticeStatus status, OffsetDateTime publishedAt, long version) {
    }
}
