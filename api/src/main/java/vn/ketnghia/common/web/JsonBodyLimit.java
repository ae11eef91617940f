package vn.ketnghia.common.web;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The HTTP layer lets bodies up to 11 MB through, because report attachments need that; everything
 * else the API takes is JSON of a few kilobytes. Refuse a body over 1 MB that is not a file upload
 * before anyone parses it, as the old global limit did.
 */
public class JsonBodyLimit {

    static final long MAX_NON_UPLOAD_BYTES = 1024 * 1024;

    @ServerRequestFilter(preMatching = true)
    public void refuseLargeNonUploadBodies(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null || isUpload(request.getMediaType())) {
            return;
        }
        long bytes;
        try {
            bytes = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return;
        }
        if (bytes > MAX_NON_UPLOAD_BYTES) {
            throw new ClientErrorException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
    }

    private static boolean isUpload(MediaType type) {
        return type != null && type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE);
    }
}
