package vn.ketnghia.common.error;

import jakarta.ws.rs.core.Response.Status;

/**
 * Stable problem types (RFC 9457). Clients translate by {@link #uri()}, never by parsing titles,
 * so a constant here is a public contract: add new ones, never rename.
 */
public enum ProblemType {
    VALIDATION_FAILED("validation-failed", Status.BAD_REQUEST, "Dữ liệu không hợp lệ / Invalid input"),
    MALFORMED_REQUEST("malformed-request", Status.BAD_REQUEST, "Yêu cầu không đọc được / Malformed request"),
    NOT_AUTHENTICATED("not-authenticated", Status.UNAUTHORIZED, "Chưa đăng nhập / Not authenticated"),
    FORBIDDEN("forbidden", Status.FORBIDDEN, "Không có quyền / Not allowed"),
    NOT_FOUND("not-found", Status.NOT_FOUND, "Không tìm thấy / Not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", Status.METHOD_NOT_ALLOWED, "Phương thức không được hỗ trợ / Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", Status.NOT_ACCEPTABLE, "Định dạng không được hỗ trợ / Not acceptable"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", Status.UNSUPPORTED_MEDIA_TYPE, "Kiểu nội dung không được hỗ trợ / Unsupported media type"),
    CONFLICT("conflict", Status.CONFLICT, "Xung đột dữ liệu / Conflict with existing data"),
    INVALID_STATE("invalid-state", Status.CONFLICT, "Trạng thái không cho phép thao tác này / Not allowed in the current state"),
    PRECONDITION_FAILED("precondition-failed", Status.PRECONDITION_FAILED, "Dữ liệu đã bị người khác thay đổi / Changed by someone else"),
    PRECONDITION_REQUIRED("precondition-required", Status.fromStatusCode(428), "Thiếu If-Match / If-Match required"),
    PAYLOAD_TOO_LARGE("payload-too-large", Status.REQUEST_ENTITY_TOO_LARGE, "Nội dung quá lớn / Payload too large"),
    INTERNAL_ERROR("internal-error", Status.INTERNAL_SERVER_ERROR, "Lỗi hệ thống / Internal error");

    private static final String BASE = "urn:ketnghia:problem:";

    private final String slug;
    private final Status status;
    private final String title;

    ProblemType(String slug, Status status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public String uri() {
        return BASE + slug;
    }

    public int status() {
        return status.getStatusCode();
    }

    public String title() {
        return title;
    }
}
