package vn.ketnghia.common.error;

import java.util.List;

/** A refusal the API explains to its caller; mapped to problem+json by {@link ProblemMapper}. */
public class ApiException extends RuntimeException {

    private final ProblemType type;
    private final List<FieldError> errors;

    public ApiException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ApiException(ProblemType type, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public static ApiException notFound(String what) {
        return new ApiException(ProblemType.NOT_FOUND, what + " không tồn tại hoặc ngoài phạm vi của bạn / does not exist or is outside your scope");
    }

    public static ApiException invalid(String pointer, String message) {
        return new ApiException(ProblemType.VALIDATION_FAILED, pointer.substring(1) + ": " + message,
                List.of(FieldError.body(pointer, message)));
    }

    public static ApiException invalidParameter(String name, String message) {
        return new ApiException(ProblemType.VALIDATION_FAILED, name + ": " + message,
                List.of(FieldError.parameter(name, message)));
    }

    public static ApiException invalidState(String detail) {
        return new ApiException(ProblemType.INVALID_STATE, detail);
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(ProblemType.FORBIDDEN, detail);
    }

    public static ApiException conflict(String detail) {
        return new ApiException(ProblemType.CONFLICT, detail);
    }
}
