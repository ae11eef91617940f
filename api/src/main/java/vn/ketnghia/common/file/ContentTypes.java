package vn.ketnghia.common.file;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Recognises uploaded files by their content. The name and the type the browser claims are
 * ignored: a renamed executable or script must not come back out of the portal labelled as a PDF.
 * Each feature decides which of the recognised types it accepts.
 */
public final class ContentTypes {

    public static final String PDF = "application/pdf";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String WEBP = "image/webp";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    public static final String DOC = "application/msword";
    public static final String XLS = "application/vnd.ms-excel";

    /** Types a browser can show by itself; everything else is offered as a download. */
    public static final Set<String> IMAGES = Set.of(PNG, JPEG, WEBP);

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] RIFF_MAGIC = {'R', 'I', 'F', 'F'};
    private static final byte[] WEBP_FOURCC = {'W', 'E', 'B', 'P'};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 0x03, 0x04};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    /** Excel 5/95 names its stream "Book", later versions "Workbook". */
    private static final Set<String> XLS_STREAMS = Set.of("Workbook", "Book");

    private ContentTypes() {
    }

    /** The media type of a recognised file, or empty when the content is none of them. */
    public static Optional<String> detect(Path file) throws IOException {
        byte[] head = new byte[12];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        byte[] start = Arrays.copyOf(head, read);
        if (startsWith(start, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(start, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(start, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        // RIFF is a container (WAV and AVI use it too); bytes 8–11 name what it holds.
        if (startsWith(start, RIFF_MAGIC) && start.length >= 12
                && Arrays.equals(start, 8, 12, WEBP_FOURCC, 0, WEBP_FOURCC.length)) {
            return Optional.of(WEBP);
        }
        if (startsWith(start, ZIP_MAGIC)) {
            return officeOpenXml(file);
        }
        if (startsWith(start, OLE2_MAGIC)) {
            return legacyOffice(file);
        }
        return Optional.empty();
    }

    /** Any ZIP starts like an Office file; only the package's own parts tell which, if any, it is. */
    private static Optional<String> officeOpenXml(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("[Content_Types].xml") == null) {
                return Optional.empty();
            }
            if (zip.getEntry("word/document.xml") != null) {
                return Optional.of(DOCX);
            }
            if (zip.getEntry("xl/workbook.xml") != null) {
                return Optional.of(XLSX);
            }
            if (zip.getEntry("ppt/presentation.xml") != null) {
                return Optional.of(PPTX);
            }
            return Optional.empty();
        } catch (IOException | RuntimeException notAZip) {
            return Optional.empty();
        }
    }

    /** OLE2 also holds installers (.msi) and other containers; only Word and Excel streams are accepted. */
    private static Optional<String> legacyOffice(Path file) {
        try (POIFSFileSystem ole = new POIFSFileSystem(file.toFile(), true)) {
            Set<String> entries = ole.getRoot().getEntryNames();
            if (entries.contains("WordDocument")) {
                return Optional.of(DOC);
            }
            if (entries.stream().anyMatch(XLS_STREAMS::contains)) {
                return Optional.of(XLS);
            }
            return Optional.empty();
        } catch (IOException | RuntimeException notOle2) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }
}
