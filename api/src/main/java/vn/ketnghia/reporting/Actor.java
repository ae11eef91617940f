package vn.ketnghia.reporting;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import vn.ketnghia.common.persistence.AuditedEntity;
import vn.ketnghia.common.security.Caller;

/**
 * Who takes a step and when. Requests take it from the caller and the clock; the scheduled job and
 * the demo loader act as the system, the demo at the moments its story needs.
 */
public record Actor(String username, String name, OffsetDateTime at) {

    static Actor of(Caller caller) {
        return new Actor(caller.username(), caller.displayName(), OffsetDateTime.now(ZoneOffset.UTC));
    }

    public static Actor system(OffsetDateTime at) {
        return new Actor(AuditedEntity.SYSTEM_USER, "Hệ thống", at);
    }
}
