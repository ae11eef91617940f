package vn.ketnghia.common.web;

import vn.ketnghia.common.error.ApiException;
import vn.ketnghia.common.error.FieldError;
import vn.ketnghia.common.error.ProblemType;
import java.util.List;

/**
 * Optimistic concurrency over HTTP: every read returns {@code ETag: "<version>"}, every change must
 * send it back in {@code If-Match}. Missing → 428, stale → 412; nothing is silently overwritten.
 */
public final class IfMatch {

    private IfMatch() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** Throws unless {@code header} names exactly the current version. */
    public static void check(String header, long currentVersion) {
        if (header == null || header.isBlank()) {
            throw new ApiException(ProblemType.PRECONDITION_REQUIRED,
                    "Gửi kèm If-Match với ETag của lần đọc gần nhất / send If-Match with the ETag of your last read",
                    List.of(FieldError.parameter("If-Match", "bắt buộc / required")));
        }
        for (String candidate : header.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(etag(currentVersion))) {
                return;
            }
        }
        if (header.trim().equals("*")) {
            throw new ApiException(ProblemType.PRECONDITION_REQUIRED,
                    "If-Match: * không được chấp nhận; gửi ETag cụ thể / If-Match: * is not accepted; send the ETag you read",
                    List.of(FieldError.parameter("If-Match", "cần ETag cụ thể / a specific ETag is required")));
        }
        throw new ApiException(ProblemType.PRECONDITION_FAILED,
                "Bản ghi đã bị người khác thay đổi (phiên bản hiện tại " + etag(currentVersion)
                        + "); hãy tải lại / the record was changed by someone else; reload it");
    }
}
