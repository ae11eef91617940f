package vn.ketnghia.common.error;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.ketnghia.common.persistence.Coded;

/**
 * The one place where failures become responses. Every error is {@code application/problem+json};
 * nothing a client sends may surface as a 500 or leak a class name or stack trace.
 */
public class ProblemMapper {

    public static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response apiException(ApiException e, UriInfo uri) {
        return respond(e.type(), e.getMessage(), e.errors(), uri);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(toFieldError(violation));
        }
        errors.sort(Comparator.comparing((FieldError f) -> f.pointer() == null ? "" : f.pointer())
                .thenComparing(f -> f.parameter() == null ? "" : f.parameter()));
        return respond(ProblemType.VALIDATION_FAILED, summary(errors), errors, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unrecognizedField(UnrecognizedPropertyException e, UriInfo uri) {
        String pointer = pointer(e);
        return invalidBody(pointer, "trường không được hỗ trợ / unknown field", uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response wrongType(MismatchedInputException e, UriInfo uri) {
        String pointer = pointer(e);
        String expected = e.getTargetType() == null ? "another type" : describe(e.getTargetType());
        if (pointer.isEmpty()) {
            return respond(ProblemType.MALFORMED_REQUEST, "Nội dung phải là một đối tượng JSON / the body must be a JSON object of the documented shape", List.of(), uri);
        }
        String message = e instanceof InvalidFormatException ife && ife.getValue() != null
                ? "giá trị không hợp lệ, cần " + expected + " / invalid value, expected " + expected
                : "sai kiểu dữ liệu, cần " + expected + " / wrong type, expected " + expected;
        return invalidBody(pointer, message, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response numberOutOfRange(InputCoercionException e, UriInfo uri) {
        return respond(ProblemType.VALIDATION_FAILED, "Số vượt quá giới hạn / number out of range",
                List.of(FieldError.body(currentPointer(e), "số vượt quá giới hạn / number out of range")), uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unreadable(StreamReadException e, UriInfo uri) {
        return respond(ProblemType.MALFORMED_REQUEST, "JSON không hợp lệ / malformed JSON", List.of(), uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response otherMapping(JsonMappingException e, UriInfo uri) {
        String pointer = pointer(e);
        if (pointer.isEmpty()) {
            return respond(ProblemType.MALFORMED_REQUEST, "JSON không hợp lệ / malformed JSON", List.of(), uri);
        }
        return invalidBody(pointer, "giá trị không hợp lệ / invalid value", uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return unauthenticatedResponse(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticatedResponse(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(ProblemType.FORBIDDEN, "Vai trò của bạn không được phép thực hiện thao tác này / your role may not do this", List.of(), uri);
    }

    @ServerExceptionMapper
    public Response staleWrite(OptimisticLockException e, UriInfo uri) {
        return stale(uri);
    }

    @ServerExceptionMapper
    public Response staleState(StaleObjectStateException e, UriInfo uri) {
        return stale(uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof ApiException refusal) {
            return apiException(refusal, uri);
        }
        if (e.getCause() instanceof JacksonException jackson) {
            return fromJackson(jackson, uri);
        }
        int status = e.getResponse().getStatus();
        ProblemType type = switch (status) {
            case 400 -> ProblemType.MALFORMED_REQUEST;
            case 401 -> ProblemType.NOT_AUTHENTICATED;
            case 403 -> ProblemType.FORBIDDEN;
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            default -> status >= 500 ? ProblemType.INTERNAL_ERROR : ProblemType.MALFORMED_REQUEST;
        };
        if (status >= 500) {
            return internal(e, uri);
        }
        String detail = switch (type) {
            case NOT_FOUND -> "Đường dẫn hoặc đối tượng không tồn tại / no such resource";
            case METHOD_NOT_ALLOWED -> "Phương thức HTTP không được hỗ trợ ở đây / HTTP method not supported here";
            case UNSUPPORTED_MEDIA_TYPE -> "Hãy gửi application/json / send application/json";
            case NOT_ACCEPTABLE -> "API này trả về application/json / this API produces application/json";
            default -> "Yêu cầu không hợp lệ / invalid request";
        };
        Response.ResponseBuilder builder = Response.status(status).type(PROBLEM_JSON)
                .entity(new Problem(type.uri(), type.title(), status, detail, path(uri), List.of()));
        if (status == 405 && e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            builder.header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW));
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (e.getCause() instanceof JacksonException jackson) {
            return fromJackson(jackson, uri);
        }
        return DatabaseErrors.translate(e)
                .map(problem -> respond(problem.type(), problem.getMessage(), problem.errors(), uri))
                .orElseGet(() -> internal(e, uri));
    }

    private Response fromJackson(JacksonException e, UriInfo uri) {
        if (e instanceof UnrecognizedPropertyException upe) {
            return unrecognizedField(upe, uri);
        }
        if (e instanceof MismatchedInputException mie) {
            return wrongType(mie, uri);
        }
        if (e instanceof InputCoercionException ice) {
            return numberOutOfRange(ice, uri);
        }
        if (e instanceof JsonMappingException jme) {
            return otherMapping(jme, uri);
        }
        return respond(ProblemType.MALFORMED_REQUEST, "JSON không hợp lệ / malformed JSON", List.of(), uri);
    }

    private Response internal(Throwable e, UriInfo uri) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, incident %s", incident);
        return respond(ProblemType.INTERNAL_ERROR,
                "Đã có lỗi, vui lòng báo mã sự cố / something failed, please quote incident " + incident, List.of(), uri);
    }

    private Response stale(UriInfo uri) {
        return respond(ProblemType.PRECONDITION_FAILED,
                "Bản ghi vừa được người khác thay đổi; hãy tải lại / the record was changed meanwhile; reload it", List.of(), uri);
    }

    private Response unauthenticatedResponse(UriInfo uri) {
        ProblemType type = ProblemType.NOT_AUTHENTICATED;
        return Response.status(type.status()).type(PROBLEM_JSON)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .entity(new Problem(type.uri(), type.title(), type.status(),
                        "Cần mã truy cập hợp lệ / a valid bearer token is required", path(uri), List.of()))
                .build();
    }

    private Response invalidBody(String pointer, String message, UriInfo uri) {
        return respond(ProblemType.VALIDATION_FAILED, pointer.substring(1) + ": " + message,
                List.of(FieldError.body(pointer, message)), uri);
    }

    static Response respond(ProblemType type, String detail, List<FieldError> errors, UriInfo uri) {
        return Response.status(type.status()).type(PROBLEM_JSON)
                .entity(new Problem(type.uri(), type.title(), type.status(), detail, path(uri), errors))
                .build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    private static String summary(List<FieldError> errors) {
        return errors.stream()
                .map(f -> (f.pointer() != null ? f.pointer().substring(1) : f.parameter()) + ": " + f.message())
                .reduce((a, b) -> a + "; " + b)
                .orElse("Dữ liệu không hợp lệ / invalid input");
    }

    private static FieldError toFieldError(ConstraintViolation<?> violation) {
        // Method-parameter paths look like create.arg0.name or list.size; body paths start after the
        // request-body parameter, query parameters are the parameter node itself.
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        int firstProperty = -1;
        String parameterName = null;
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            if (node.getKind() == ElementKind.PARAMETER) {
                parameterName = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                firstProperty = i;
                break;
            }
        }
        if (firstProperty < 0) {
            return FieldError.parameter(parameterName == null ? "request" : parameterName, violation.getMessage());
        }
        String requestParameter = requestParameterName(violation.getLeafBean(), nodes.get(firstProperty).getName());
        if (requestParameter != null && firstProperty == nodes.size() - 1) {
            return FieldError.parameter(requestParameter, violation.getMessage());
        }
        StringBuilder pointer = new StringBuilder();
        for (int i = firstProperty; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            if (node.getIndex() != null && i > firstProperty) {
                pointer.append('/').append(node.getIndex());
            }
            if (node.getName() != null && node.getKind() == ElementKind.PROPERTY) {
                pointer.append('/').append(node.getName());
            }
        }
        return FieldError.body(pointer.toString(), violation.getMessage());
    }

    /** Fields of a {@code @BeanParam} class are query or header parameters, not body fields. */
    private static String requestParameterName(Object bean, String field) {
        if (bean == null || field == null) {
            return null;
        }
        for (Class<?> type = bean.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            try {
                Field declared = type.getDeclaredField(field);
                QueryParam query = declared.getAnnotation(QueryParam.class);
                if (query != null) {
                    return query.value();
                }
                HeaderParam header = declared.getAnnotation(HeaderParam.class);
                return header == null ? null : header.value();
            } catch (NoSuchFieldException notHere) {
                // look in the superclass
            }
        }
        return null;
    }

    private static String pointer(JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            pointer.append('/');
            pointer.append(ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()));
        }
        return pointer.toString();
    }

    private static String currentPointer(InputCoercionException e) {
        try {
            var context = e.getProcessor() == null ? null : ((com.fasterxml.jackson.core.JsonParser) e.getProcessor()).getParsingContext();
            return context == null || context.pathAsPointer() == null || context.pathAsPointer().toString().isEmpty()
                    ? "/" : context.pathAsPointer().toString();
        } catch (ClassCastException notAParser) {
            return "/";
        }
    }

    private static String describe(Class<?> type) {
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
            return "số nguyên / integer";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true/false";
        }
        if (type == java.time.LocalDate.class) {
            return "ngày yyyy-MM-dd / date yyyy-MM-dd";
        }
        if (type == java.math.BigDecimal.class) {
            return "số / number";
        }
        if (type == String.class) {
            return "chuỗi / string";
        }
        if (type.isEnum()) {
            StringBuilder values = new StringBuilder();
            for (Object constant : type.getEnumConstants()) {
                values.append(values.isEmpty() ? "" : ", ").append(constant instanceof Coded coded ? coded.code() : constant.toString());
            }
            return "một trong / one of: " + values;
        }
        if (List.class.isAssignableFrom(type)) {
            return "mảng / array";
        }
        return "đối tượng / object";
    }
}
