package vn.ketnghia.common.persistence;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.AttributeConverter;
import java.util.Arrays;
import java.util.stream.Collectors;
import vn.ketnghia.common.error.ApiException;

/**
 * An enum whose wire and database spelling is a lower-case code ({@code in_kind}), kept apart from
 * the Java constant name so either can be renamed without breaking the other.
 */
public interface Coded {

    @JsonValue
    String code();

    static <E extends Enum<E> & Coded> E parse(Class<E> type, String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.code().equals(value)) {
                return constant;
            }
        }
        throw ApiException.invalidParameter(parameter, "giá trị không hợp lệ; cho phép / allowed: " + codes(type));
    }

    static <E extends Enum<E> & Coded> String codes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining(", "));
    }

    /** Base of the JPA converters; each enum declares a one-line subclass with autoApply. */
    abstract class Converter<E extends Enum<E> & Coded> implements AttributeConverter<E, String> {
        private final Class<E> type;

        protected Converter(Class<E> type) {
            this.type = type;
        }

        @Override
        public String convertToDatabaseColumn(E value) {
            return value == null ? null : value.code();
        }

        @Override
        public E convertToEntityAttribute(String code) {
            if (code == null) {
                return null;
            }
            for (E constant : type.getEnumConstants()) {
                if (constant.code().equals(code)) {
                    return constant;
                }
            }
            throw new IllegalStateException("Unknown " + type.getSimpleName() + " code in database: " + code);
        }
    }
}
