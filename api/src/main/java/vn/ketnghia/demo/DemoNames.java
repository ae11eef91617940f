package vn.ketnghia.demo;

import java.util.Locale;
import vn.ketnghia.catalog.AdminUnit;
import vn.ketnghia.catalog.Organization;
import vn.ketnghia.common.text.SearchText;

/**
 * Labels and search columns exactly as the entities compute them. The loader writes rows with plain
 * JDBC, so it asks transient entities rather than copying their rules: a search for "xa ca dy" must
 * find a demo commune just as it finds one created through the API.
 */
final class DemoNames {

    private DemoNames() {
    }

    static String adminUnitSearch(String kind, String name) {
        AdminUnit unit = new AdminUnit();
        unit.kind = kind;
        unit.rename(name);
        return unit.nameSearch;
    }

    static String organizationSearch(String name, String code) {
        Organization organization = new Organization();
        organization.code = code;
        organization.rename(name);
        return organization.nameSearch;
    }

    /** "xã Cà Dy", "thị trấn Thạnh Mỹ", "huyện Nam Giang". */
    static String adminUnitLabel(String kind, String name) {
        AdminUnit unit = new AdminUnit();
        unit.kind = kind;
        return unit.kindLabel() + " " + name;
    }

    /** Vietnamese office mail convention: given name then initials, "Trần Văn Lộc" → locTV → loctv. */
    static String email(String personName) {
        String[] words = SearchText.fold(personName).split(" ");
        StringBuilder local = new StringBuilder(words[words.length - 1]);
        for (int i = 0; i < words.length - 1; i++) {
            local.append(words[i].charAt(0));
        }
        return local.toString().toLowerCase(Locale.ROOT) + "@example.vn";
    }

    /** Whole numbers grouped the Vietnamese way: 12000 → "12.000". */
    static String quantity(long value) {
        String digits = Long.toString(value);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(digits.charAt(i));
        }
        return grouped.toString();
    }
}
