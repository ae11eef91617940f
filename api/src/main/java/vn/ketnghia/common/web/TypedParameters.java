package vn.ketnghia.common.web;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import vn.ketnghia.common.error.ApiException;

/**
 * Parses numeric and date parameters itself so that a bad value says which parameter and why
 * (400), instead of JAX-RS's bare 404 for any unconvertible query parameter. A bad id in the path
 * stays a 404: no object has that id.
 */
@Provider
public class TypedParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = null;
        boolean path = false;
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                name = query.value();
            } else if (annotation instanceof HeaderParam header) {
                name = header.value();
            } else if (annotation instanceof PathParam pathParam) {
                name = pathParam.value();
                path = true;
            }
        }
        if (name == null) {
            return null;
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) converter(name, path, Long::valueOf, "số nguyên / an integer");
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) converter(name, path, Integer::valueOf, "số nguyên / an integer");
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(name, path, LocalDate::parse, "ngày yyyy-MM-dd / a date yyyy-MM-dd");
        }
        if (rawType == Boolean.class || rawType == boolean.class) {
            return (ParamConverter<T>) converter(name, path, TypedParameters::parseBoolean, "true/false");
        }
        return null;
    }

    private static Boolean parseBoolean(String value) {
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(value);
        };
    }

    private static <V> ParamConverter<V> converter(String name, boolean path, Function<String, V> parse, String expected) {
        return new ParamConverter<>() {
            @Override
            public V fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return parse.apply(value.trim());
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    throw refuse(value);
                }
            }

            private ApiException refuse(String value) {
                return path ? ApiException.notFound(name + " '" + value + "'")
                        : ApiException.invalidParameter(name, "cần " + expected + " / expected " + expected);
            }

            @Override
            public String toString(V value) {
                return String.valueOf(value);
            }
        };
    }
}
