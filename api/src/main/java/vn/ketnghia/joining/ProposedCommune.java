package vn.ketnghia.joining;

import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import vn.ketnghia.agreement.Agreement;
import vn.ketnghia.catalog.AdminUnit;

/** A commune (or mountainous district) a registration proposes to help, and the agreement its approval created. */
@Embeddable
public class ProposedCommune {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commune_id")
    public AdminUnit commune;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agreement_id")
    public Agreement agreement;

    public ProposedCommune() {
    }

    ProposedCommune(AdminUnit commune) {
        this.commune = commune;
    }
}
