package vn.ketnghia.practice;

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
import vn.ketnghia.common.web.IfMatch;
import vn.ketnghia.practice.PracticeDtos.FileView;

/**
 * Photos and documents of a good practice. Whoever may edit the practice adds and removes them, in
 * either state; whoever may read it downloads them. Every change is in the practice's history.
 */
@ApplicationScoped
public class PracticeFiles {

    /** Photos for the gallery, and the documents units write their experience up in. */
    static final Set<String> ACCEPTED = Set.of(ContentTypes.JPEG, ContentTypes.PNG, ContentTypes.WEBP, ContentTypes.PDF,
            ContentTypes.DOCX, ContentTypes.XLSX);
    static final String ACCEPTED_DESCRIPTION = "JPEG, PNG, WebP, PDF, DOCX, XLSX";

    @Inject
    EntityManager em;

    @Inject
    PracticeService practices;

    @Inject
    History history;

    @Inject
    PracticeFileConfig config;

    @Inject
    Caller caller;

    public record Download(String fileName, String mediaType, byte[] content) {

        public boolean image() {
            return ContentTypes.IMAGES.contains(mediaType);
        }
    }

    @Transactional
    public FileView upload(long practiceId, Path file, String uploadedName) {
        GoodPractice practice = practices.findForChangeLocked(practiceId);
        long count = em.createQuery("select count(f) from PracticeFile f where f.practiceId = :id", Long.class)
                .setParameter("id", practiceId).getSingleResult();
        if (count >= config.maxPerPractice()) {
            throw ApiException.conflict("Mô hình đã có tối đa " + config.maxPerPractice() + " tệp; hãy xoá bớt trước khi thêm"
                    + " / the practice already has the maximum of " + config.maxPerPractice() + " files; delete one first");
        }
        CheckedFile checked = UploadChecks.check(file, config.maxBytes(), ACCEPTED, ACCEPTED_DESCRIPTION);
        PracticeFile stored = new PracticeFile();
        stored.practiceId = practiceId;
        stored.fileName = FileNames.sanitise(uploadedName);
        stored.mediaType = checked.mediaType();
        stored.sizeBytes = checked.content().length;
        stored.sha256 = checked.sha256();
        stored.content = checked.content();
        stored.uploadedAt = OffsetDateTime.now(ZoneOffset.UTC);
        stored.uploadedBy = caller.username();
        stored.persist();
        // The practice's view lists its files, so its ETag moves with them.
        practice.touch();
        em.flush();
        FileView view = FileView.of(stored);
        history.record(PracticeService.ENTITY, practiceId, "file_added", null, view, stored.fileName);
        return view;
    }

    @Transactional
    public Download download(long practiceId, long fileId) {
        practices.findVisible(practiceId);
        PracticeFile file = fileOf(practiceId, fileId);
        return new Download(file.fileName, file.mediaType, file.content);
    }

    @Transactional
    public void delete(long practiceId, long fileId, String ifMatch) {
        GoodPractice practice = practices.findForChangeLocked(practiceId);
        IfMatch.check(ifMatch, practice.version);
        PracticeFile file = fileOf(practiceId, fileId);
        FileView before = FileView.of(file);
        file.delete();
        practice.touch();
        em.flush();
        history.record(PracticeService.ENTITY, practiceId, "file_deleted", before, null, before.fileName());
    }

    private PracticeFile fileOf(long practiceId, long fileId) {
        List<PracticeFile> rows = em.createQuery("select f from PracticeFile f where f.id = :id and f.practiceId = :practice", PracticeFile.class)
                .setParameter("id", fileId).setParameter("practice", practiceId).getResultList();
        if (rows.isEmpty()) {
            throw ApiException.notFound("Tệp / file " + fileId);
        }
        return rows.get(0);
    }
}
