package vn.ketnghia.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.ketnghia.common.persistence.AuditedEntity;
import vn.ketnghia.common.text.SearchText;

/**
 * Province, district or commune. The hierarchy is data: districts were abolished and provinces
 * merged in 2025, so nothing in code assumes a shape beyond the three levels.
 */
@Entity
@Table(name = "admin_unit")
public class AdminUnit extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public AdminUnit parent;

    @Column(nullable = false)
    public AdminLevel level;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "name_search", nullable = false)
    public String nameSearch;

    /** district: city, town, district; commune: commune, ward, township. */
    @Column(nullable = false)
    public String kind;

    public Terrain terrain;

    @Column(name = "abolished_on")
    public LocalDate abolishedOn;

    /** Where a district's reporting reminders are e-mailed, when mail is configured. */
    public String email;

    @OneToMany(mappedBy = "adminUnit", orphanRemoval = true, cascade = jakarta.persistence.CascadeType.ALL)
    public List<AdminUnitFlag> flags = new ArrayList<>();

    @Override
    public Long id() {
        return id;
    }

    public void rename(String newName) {
        name = newName;
        nameSearch = SearchText.fold(kindLabel() + " " + newName);
    }

    /** The Vietnamese prefix people write before the name: "xã A Vao", "huyện Nam Giang". */
    public String kindLabel() {
        return kindLabel(kind);
    }

    public static String kindLabel(String kind) {
        return switch (kind) {
            case "province" -> "tỉnh";
            case "city" -> "thành phố";
            case "town" -> "thị xã";
            case "district" -> "huyện";
            case "ward" -> "phường";
            case "township" -> "thị trấn";
            default -> "xã";
        };
    }

    public AdminUnitFlag flagFor(long periodId) {
        for (AdminUnitFlag flag : flags) {
            if (flag.period.id == periodId) {
                return flag;
            }
        }
        return null;
    }
}
