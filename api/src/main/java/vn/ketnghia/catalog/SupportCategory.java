package vn.ketnghia.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.ketnghia.common.persistence.AuditedEntity;

@Entity
@Table(name = "support_category")
public class SupportCategory extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public SupportArea area;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    public String description;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    @Column(nullable = false)
    public boolean active = true;

    @Override
    public Long id() {
        return id;
    }
}
