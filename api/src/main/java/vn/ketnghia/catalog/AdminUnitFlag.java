package vn.ketnghia.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** The status of a commune or district in one programme period. */
@Entity
@Table(name = "admin_unit_flag")
public class AdminUnitFlag {

    @EmbeddedId
    public Key key = new Key();

    @MapsId("adminUnitId")
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "admin_unit_id")
    public AdminUnit adminUnit;

    @MapsId("periodId")
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "period_id")
    public Period period;

    @Column(name = "especially_difficult", nullable = false)
    public boolean especiallyDifficult;

    @Column(name = "ethnic_minority_area", nullable = false)
    public boolean ethnicMinorityArea;

    @Column(nullable = false)
    public boolean border;

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "admin_unit_id")
        public Long adminUnitId;

        @Column(name = "period_id")
        public Long periodId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && Objects.equals(adminUnitId, other.adminUnitId)
                    && Objects.equals(periodId, other.periodId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(adminUnitId, periodId);
        }
    }
}
