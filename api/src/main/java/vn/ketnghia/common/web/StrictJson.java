package vn.ketnghia.common.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import vn.ketnghia.common.persistence.Coded;

/**
 * Jackson reads only what the contract says: no 12.5 silently becoming 12 VND, no trailing
 * garbage after the object, and coded values only in their documented spelling ({@code in_kind},
 * not {@code IN_KIND} or an ordinal).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        SimpleModule codes = new SimpleModule("coded-enums");
        codes.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                              BeanDescription description, JsonDeserializer<?> standard) {
                return Coded.class.isAssignableFrom(type.getRawClass()) ? new CodeDeserializer(type.getRawClass()) : standard;
            }
        });
        mapper.registerModule(codes);
    }

    private static final class CodeDeserializer extends StdScalarDeserializer<Object> {

        CodeDeserializer(Class<?> type) {
            super(type);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                String text = parser.getText();
                for (Object constant : handledType().getEnumConstants()) {
                    if (((Coded) constant).code().equals(text)) {
                        return constant;
                    }
                }
                return context.handleWeirdStringValue(handledType(), text, "not one of the documented codes");
            }
            return context.handleUnexpectedToken(handledType(), parser);
        }
    }
}
