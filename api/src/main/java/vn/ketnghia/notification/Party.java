package vn.ketnghia.notification;

import java.util.Optional;
import vn.ketnghia.common.security.Caller;
import vn.ketnghia.common.security.Scope;
import vn.ketnghia.reporting.Report;
import vn.ketnghia.reporting.ReporterKind;

/** Who a notification is for: the province office, one partner organisation or one district. */
public record Party(RecipientKind kind, Long organizationId, Long districtId) {

    public static Party province() {
        return new Party(RecipientKind.PROVINCE, null, null);
    }

    public static Party organization(long organizationId) {
        return new Party(RecipientKind.ORGANIZATION, organizationId, null);
    }

    public static Party district(long districtId) {
        return new Party(RecipientKind.DISTRICT, null, districtId);
    }

    /** The party that writes the report. */
    public static Party reporterOf(Report report) {
        return report.reporterKind == ReporterKind.ORGANIZATION
                ? organization(report.organization.id) : district(report.district.id);
    }

    /**
     * The inbox the caller reads: the province's roles share the office's; unit users their
     * organisation's; district users and systems their district's. A token naming no known party has none.
     */
    public static Optional<Party> of(Caller caller) {
        return switch (caller.scope()) {
            case Scope.All all -> Optional.of(province());
            case Scope.Organization organization -> Optional.of(organization(organization.organizationId()));
            case Scope.District district -> Optional.of(district(district.districtId()));
            case Scope.Nothing nothing -> Optional.empty();
        };
    }

    /** A stable key, as used in dedup keys: {@code province}, {@code organization:12}, {@code district:7}. */
    public String key() {
        return switch (kind) {
            case PROVINCE -> "province";
            case ORGANIZATION -> "organization:" + organizationId;
            case DISTRICT -> "district:" + districtId;
        };
    }
}
