package vn.ketnghia.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.ketnghia.common.persistence.AuditedEntity;

/** A programme period such as 2016–2020, with the directive or plan it rests on. */
@Entity
@Table(name = "period")
public class Period extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "start_year", nullable = false)
    public int startYear;

    @Column(name = "end_year", nullable = false)
    public int endYear;

    @Column(name = "legal_basis")
    public String legalBasis;

    @Override
    public Long id() {
        return id;
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, 1, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(endYear, 12, 31);
    }

    public boolean covers(int year) {
        return year >= startYear && year <= endYear;
    }
}
