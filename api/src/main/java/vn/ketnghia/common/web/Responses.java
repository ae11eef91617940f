package vn.ketnghia.common.web;

import jakarta.ws.rs.core.EntityTag;
import java.net.URI;
import org.jboss.resteasy.reactive.RestResponse;

/** Responses that carry the ETag of the object they return. */
public final class Responses {

    private Responses() {
    }

    public static <T> RestResponse<T> ok(T body, long version) {
        return RestResponse.ResponseBuilder.ok(body).tag(new EntityTag(String.valueOf(version))).build();
    }

    public static <T> RestResponse<T> created(T body, long version, URI location) {
        return RestResponse.ResponseBuilder.<T>created(location).entity(body).tag(new EntityTag(String.valueOf(version))).build();
    }
}
