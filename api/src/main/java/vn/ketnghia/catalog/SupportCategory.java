package vn.ketnghia.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.ketnghia.common.persistence.AuditedEntity;
import vn.ketnghia.common.text.SearchText;

/** A kind of support within one of the three areas of task 1b; plans and support records are classified by it. */
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

    @Column(name = "name_search", nullable = false)
    public String nameSearch;

    public String description;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

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
