package vn.ketnghia.me;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ketnghia.common.security.Caller;
import vn.ketnghia.common.security.Roles;
import vn.ketnghia.common.security.Scope;

@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me")
public class MeResource {

    @Inject
    Caller caller;

    @Schema(name = "MeScope", description = "What part of the programme the caller acts for. Fields that do not apply are absent.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MeScope(
            @Schema(description = "province (everything), district, organization, or none", examples = "organization") String kind,
            @Schema(examples = "7") Long id,
            @Schema(examples = "SNNPTNT") String code,
            @Schema(examples = "Sở Nông nghiệp và Phát triển nông thôn") String name,
            @Schema(description = "Why the scope is empty, when it is") String problem) {
    }

    @Schema(name = "Me")
    public record Me(
            @Schema(examples = "sonnptnt") String username,
            @Schema(examples = "Lê Thị Hoa") String name,
            @Schema(examples = "[\"unit\"]") List<String> roles,
            MeScope scope) {
    }

    @GET
    @Authenticated
    @Operation(summary = "Who am I", description = "The caller's username, roles, and the unit or district they act for.")
    public Me me() {
        MeScope scope = switch (caller.scope()) {
            case Scope.All all -> new MeScope("province", null, null, null, null);
            case Scope.District d -> new MeScope("district", d.districtId(), d.code(), d.name(), null);
            case Scope.Organization o -> new MeScope("organization", o.organizationId(), o.code(), o.name(), null);
            case Scope.Nothing n -> new MeScope("none", null, caller.actsFor(), null, n.reason());
        };
        List<String> roles = caller.roles().stream().filter(Roles.ALL::contains).sorted().toList();
        return new Me(caller.username(), caller.displayName(), roles, scope);
    }
}
