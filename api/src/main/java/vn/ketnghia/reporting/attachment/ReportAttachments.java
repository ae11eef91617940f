package vn.ketnghia.reporting.attachment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import vn.ketnghia.common.error.ApiException;
import vn.ketnghia.common.file.ContentTypes;
import vn.ketnghia.common.file.FileNames;
import vn.ketnghia.common.file.UploadChecks;
import vn.ketnghia.common.file.UploadChecks.CheckedFile;
import vn.ketnghia.common.history.History;
import vn.ketnghia.common.security.Caller;
import vn.ketnghia.reporting.Report;
import vn.ketnghia.reporting.ReportAttachment;
import vn.ketnghia.reporting.ReportingPeriodStatus;

/**
 * Files attached to a report by its reporter. Only the reporter changes them, and only while the
 * report can still be edited; every change is in the report's history.
 */
@ApplicationScoped
public class ReportAttachments {

    /** Office formats of all ages are accepted: partners still write reports in Word 2003. */
    static final Set<String> ACCEPTED = Set.of(ContentTypes.PDF, ContentTypes.PNG, ContentTypes.JPEG, ContentTypes.DOCX,
            ContentTypes.XLSX, ContentTypes.PPTX, ContentTypes.DOC, ContentTypes.XLS);
    static final String ACCEPTED_DESCRIPTION = "PDF, PNG, JPEG, DOCX, XLSX, PPTX, DOC, XLS";

    /** History entries are filed under the report: its history is where a reader looks for them. */
    static final String HISTORY_ENTITY = "report";

    private static final String VIEWS = "select a.id, a.fileName, a.mediaType, a.sizeBytes, a.sha256, a.uploadedAt, a.uploadedBy"
            + " from ReportAttachment a where a.reportId = :report order by a.uploadedAt, a.id";

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    History history;

    @Inject
    ReportsInScope reports;

    @Inject
    AttachmentConfig config;

    /** The report's attachments, oldest first, without their content. No scope check: the caller has one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AttachmentView> viewsOf(long reportId) {
        return em.createQuery(VIEWS, Object[].class).setParameter("report", reportId).getResultList().stream()
                .map(row -> new AttachmentView((Long) row[0], (String) row[1], (String) row[2], (Long) row[3],
                        (String) row[4], (OffsetDateTime) row[5], (String) row[6]))
                .toList();
    }

    @Transactional
    public List<AttachmentView> list(long reportId) {
        reports.find(reportId);
        return viewsOf(reportId);
    }

    /** The file as uploaded, when its report is in the caller's scope. */
    @Transactional
    public AttachmentFile download(long reportId, long attachmentId) {
        reports.find(reportId);
        ReportAttachment attachment = attachmentOf(reportId, attachmentId);
        return new AttachmentFile(attachment.fileName, attachment.mediaType, attachment.content);
    }

    public record AttachmentFile(String fileName, String mediaType, byte[] content) {
    }

    @Transactional
    public AttachmentView upload(long reportId, Path file, String uploadedName) {
        Report report = reports.findForChange(reportId);
        requireChangeable(report);
        long count = em.createQuery("select count(a) from ReportAttachment a where a.reportId = :report", Long.class)
                .setParameter("report", reportId).getSingleResult();
        if (count >= config.maxPerReport()) {
            throw ApiException.conflict("Báo cáo đã có tối đa " + config.maxPerReport() + " tệp; hãy xoá bớt trước khi thêm / the report already has the maximum of "
                    + config.maxPerReport() + " files; delete one first");
        }
        CheckedFile checked = UploadChecks.check(file, config.maxBytes(), ACCEPTED, ACCEPTED_DESCRIPTION);
        byte[] content = checked.content();
        ReportAttachment attachment = new ReportAttachment();
        attachment.reportId = reportId;
        attachment.fileName = FileNames.sanitise(uploadedName);
        attachment.mediaType = checked.mediaType();
        attachment.sizeBytes = content.length;
        attachment.sha256 = checked.sha256();
        attachment.content = content;
        attachment.uploadedAt = OffsetDateTime.now(ZoneOffset.UTC);
        attachment.uploadedBy = caller.username();
        attachment.persist();
        // The report's view lists its attachments, so its ETag moves with them.
        report.touch();
        em.flush();
        AttachmentView view = AttachmentView.of(attachment);
        history.record(HISTORY_ENTITY, reportId, "attachment_added", null, view, attachment.fileName);
        return view;
    }

    @Transactional
    public void delete(long reportId, long attachmentId) {
        Report report = reports.findForChange(reportId);
        ReportAttachment attachment = attachmentOf(reportId, attachmentId);
        requireChangeable(report);
        AttachmentView before = AttachmentView.of(attachment);
        attachment.delete();
        report.touch();
        em.flush();
        history.record(HISTORY_ENTITY, reportId, "attachment_deleted", before, null, before.fileName());
    }

    private ReportAttachment attachmentOf(long reportId, long attachmentId) {
        List<ReportAttachment> rows = em.createQuery(
                        "select a from ReportAttachment a where a.id = :id and a.reportId = :report", ReportAttachment.class)
                .setParameter("id", attachmentId).setParameter("report", reportId).getResultList();
        if (rows.isEmpty()) {
            throw ApiException.notFound("Tệp đính kèm / attachment " + attachmentId);
        }
        return rows.get(0);
    }

    /**
     * The roles allowed to call these endpoints act for exactly the reports in their scope, so being
     * in scope already makes the caller the reporter; what is left is the report's state.
     */
    private static void requireChangeable(Report report) {
        if (report.period.status != ReportingPeriodStatus.OPEN) {
            throw ApiException.invalidState("Kỳ báo cáo không mở; không thể thay đổi tệp đính kèm / the reporting period is not open; attachments cannot change");
        }
        if (!report.editable()) {
            throw ApiException.invalidState("Báo cáo đã gửi hoặc đã được chấp nhận; không thể thay đổi tệp đính kèm / the report is submitted or accepted; attachments cannot change");
        }
    }
}
