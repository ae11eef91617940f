package vn.ketnghia.common.file;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import vn.ketnghia.common.error.ApiException;
import vn.ketnghia.common.error.FieldError;
import vn.ketnghia.common.error.ProblemType;

/**
 * The checks every uploaded file passes before it is stored, in one place so report attachments and
 * good-practice files refuse the same way: empty → 400, over the size limit → 413, a type the
 * feature does not accept (judged by content) → 415.
 */
public final class UploadChecks {

    private UploadChecks() {
    }

    /** A file that passed the checks, read into memory with its detected type and digest. */
    public record CheckedFile(String mediaType, byte[] content, String sha256) {
    }

    /**
     * @param allowed            media types (from {@link ContentTypes}) the feature accepts
     * @param allowedDescription how the portal names them to a person, e.g. "PDF, PNG, JPEG"
     */
    public static CheckedFile check(Path file, long maxBytes, Set<String> allowed, String allowedDescription) {
        long size = sizeOf(file);
        if (size == 0) {
            throw new ApiException(ProblemType.VALIDATION_FAILED, "file: tệp rỗng / the file is empty",
                    List.of(FieldError.parameter("file", "tệp rỗng / empty file")));
        }
        if (size > maxBytes) {
            throw new ApiException(ProblemType.PAYLOAD_TOO_LARGE, "Tệp lớn hơn giới hạn " + megabytes(maxBytes)
                    + " / the file is larger than the limit of " + megabytes(maxBytes),
                    List.of(FieldError.parameter("file", "tối đa / at most " + maxBytes + " bytes")));
        }
        String mediaType = detect(file).filter(allowed::contains).orElseThrow(() -> new ApiException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                "Chỉ nhận tệp " + allowedDescription + " (kiểm tra theo nội dung, không theo tên) / only "
                        + allowedDescription + " files are accepted (checked by content, not by name)",
                List.of(FieldError.parameter("file", "kiểu tệp không được phép / file type not allowed"))));
        byte[] content = read(file);
        return new CheckedFile(mediaType, content, sha256(content));
    }

    /**
     * {@code inline} lets the browser show an image in the page; anything else is saved. The ASCII
     * name is for old clients, the exact one in RFC 5987 form for everyone else.
     */
    public static String contentDisposition(String fileName, boolean inline) {
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return (inline ? "inline" : "attachment") + "; filename=\"" + FileNames.ascii(fileName) + "\"; filename*=UTF-8''" + encoded;
    }

    private static java.util.Optional<String> detect(Path file) {
        try {
            return ContentTypes.detect(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }
}
