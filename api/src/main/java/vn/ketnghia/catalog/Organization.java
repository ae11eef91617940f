package vn.ketnghia.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.ketnghia.common.persistence.AuditedEntity;
import vn.ketnghia.common.text.SearchText;

/** A partner unit: a provincial department, agency, mass organisation, enterprise or lowland district. */
@Entity
@Table(name = "organization")
public class Organization extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "name_search", nullable = false)
    public String nameSearch;

    @Column(nullable = false)
    public OrganizationKind kind;

    /** For a lowland district acting as partner: its administrative unit. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "admin_unit_id")
    public AdminUnit adminUnit;

    public String address;
    public String phone;
    public String email;

    @Column(name = "officer_name")
    public String officerName;

    @Column(name = "officer_title")
    public String officerTitle;

    @Column(name = "officer_phone")
    public String officerPhone;

    @Column(name = "officer_email")
    public String officerEmail;

    @Column(nullable = false)
    public boolean active = true;

    @Override
    public Long id() {
        return id;
    }

    public void rename(String newName) {
        name = newName;
        nameSearch = SearchText.fold(newName + " " + code);
    }
}
