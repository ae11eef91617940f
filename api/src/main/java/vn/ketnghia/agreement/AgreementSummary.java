package vn.ketnghia.agreement;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ketnghia.agreement.AgreementDtos.RecipientRef;
import vn.ketnghia.common.web.Ref;

/**
 * The agreement a plan, support record or visit belongs to, with its parties, so a list row can be
 * shown without a second request. The query that loads the row must fetch the agreement's parties.
 */
@Schema(name = "AgreementSummary", description = "The agreement an object belongs to: partner, recipient, receiving district and period.")
public record AgreementSummary(
        @Schema(examples = "17") long id,
        AgreementStatus status,
        Ref organization,
        RecipientRef recipient,
        Ref district,
        Ref period) {

    public static AgreementSummary of(Agreement a) {
        return new AgreementSummary(a.id, a.status,
                new Ref(a.organization.id, a.organization.code, a.organization.name),
                RecipientRef.of(a.recipient),
                new Ref(a.district.id, a.district.code, a.district.name),
                new Ref(a.period.id, a.period.code, a.period.name));
    }
}
