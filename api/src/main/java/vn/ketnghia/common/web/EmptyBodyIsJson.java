package vn.ketnghia.common.web;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Steps such as {@code POST /agreements/1/activate} take an optional JSON body. A caller that sends
 * none usually sends no Content-Type either; treat that as an empty JSON body instead of answering
 * 415, so {@code curl -X POST -H 'If-Match: "3"' …/activate} just works.
 */
public class EmptyBodyIsJson {

    @ServerRequestFilter(preMatching = true)
    public void treatEmptyBodyAsJson(ContainerRequestContext request) {
        if (!HttpMethod.POST.equals(request.getMethod()) || request.getHeaderString(HttpHeaders.CONTENT_TYPE) != null) {
            return;
        }
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        boolean chunked = request.getHeaderString("Transfer-Encoding") != null;
        if (!chunked && (length == null || length.equals("0"))) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }
}
