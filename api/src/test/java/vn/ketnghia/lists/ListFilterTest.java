package vn.ketnghia.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ketnghia.testsupport.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ketnghia.testsupport.Fixtures;

/**
 * Each filter of each list narrows it to exactly the rows that match, on the demo data: every
 * returned row matches, and fewer rows come back than without the filter.
 */
@QuarkusTest
class ListFilterTest {

    private static JsonPath page(String path) {
        return as("bdt").get(path).then().statusCode(200).extract().jsonPath();
    }

    @ParameterizedTest(name = "{0}?{1}: every row has {2} = {3}")
    @CsvSource({
            "/api/v1/agreements,        status=active,                items.status,                    active",
            "/api/v1/agreements,        districtId=@510,              items.district.code,             510",
            "/api/v1/agreements,        organizationId=@SNNPTNT,      items.organization.code,         SNNPTNT",
            "/api/v1/support-records,   districtId=@510,              items.agreement.district.code,   510",
            "/api/v1/support-records,   organizationId=@STC,          items.agreement.organization.code, STC",
            "/api/v1/support-records,   status=confirmed,             items.status,                    confirmed",
            "/api/v1/support-records,   form=cash,                    items.form,                      cash",
            "/api/v1/support-records,   fundingSource=mobilised_enterprise, items.fundingSource,       mobilised_enterprise",
            "/api/v1/support-records,   area=production,              items.category.area,             production",
            "/api/v1/monitoring-visits, districtId=@504,              items.agreement.district.code,   504",
            "/api/v1/monitoring-visits, organizationId=@SNNPTNT,      items.agreement.organization.code, SNNPTNT",
            "/api/v1/admin-units,       level=district,               items.level,                     district",
            "/api/v1/admin-units,       terrain=mountainous,          items.terrain,                   mountainous",
            "/api/v1/organizations,     kind=department,              items.kind,                      department"})
    void filterNarrowsToMatchingRows(String path, String filter, String field, String expected) {
        String query = resolve(filter);
        long all = page(path + "?size=1").getLong("total");
        JsonPath filtered = page(path + "?size=100&" + query);
        List<Object> values = filtered.getList(field);
        assertTrue(filtered.getLong("total") > 0, path + "?" + query + " finds rows in the demo data");
        assertTrue(filtered.getLong("total") < all, path + "?" + query + " leaves rows out");
        values.forEach(value -> assertEquals(expected, String.valueOf(value), path + "?" + query));
    }

    /** {@code districtId=@510} names a catalogue row by its code; the test looks its id up. */
    private static String resolve(String filter) {
        int at = filter.indexOf('@');
        if (at < 0) {
            return filter;
        }
        String name = filter.substring(0, at - 1);
        String code = filter.substring(at + 1);
        long id = switch (name) {
            case "districtId" -> Fixtures.districtId(code);
            case "organizationId" -> Fixtures.organizationId(code);
            case "periodId" -> Fixtures.periodId(code);
            default -> throw new IllegalArgumentException(name);
        };
        return name + "=" + id;
    }

    @Test
    void periodFilterSelectsThePeriod() {
        // The demo data lies wholly in 2016–2020, so the earlier period must come back empty; other test
        // classes add rows to other periods, so the periods' totals must partition the whole list.
        List<Long> periods = page("/api/v1/periods?size=100").getList("items.id", Long.class);
        for (String path : List.of("/api/v1/agreements", "/api/v1/support-records", "/api/v1/monitoring-visits")) {
            long all = page(path + "?size=1").getLong("total");
            long sum = 0;
            for (long period : periods) {
                sum += page(path + "?size=1&periodId=" + period).getLong("total");
            }
            assertEquals(all, sum, path + ": each row lies in exactly one period");
            assertTrue(page(path + "?size=1&periodId=" + Fixtures.periodId("2016-2020")).getLong("total") > 0, path);
            assertEquals(0, page(path + "?size=1&periodId=" + Fixtures.periodId("2012-2015")).getLong("total"), path);
        }
    }

    @Test
    void dateRangeKeepsSupportWithinIt() {
        JsonPath range = page("/api/v1/support-records?size=100&from=2018-01-01&to=2018-06-30");
        assertTrue(range.getLong("total") > 0);
        for (String date : range.<String>getList("items.supportDate")) {
            LocalDate day = LocalDate.parse(date);
            assertTrue(!day.isBefore(LocalDate.of(2018, 1, 1)) && !day.isAfter(LocalDate.of(2018, 6, 30)), date);
        }
    }

    @Test
    void sortingOrdersTheWholeListAndPagesDoNotOverlap() {
        List<Long> values = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (int pageNumber = 0; pageNumber < 3; pageNumber++) {
            JsonPath page = page("/api/v1/support-records?size=50&sort=-valueVnd&page=" + pageNumber);
            values.addAll(page.getList("items.valueVnd", Long.class));
            ids.addAll(page.getList("items.id", Long.class));
        }
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.reverseOrder());
        assertEquals(sorted, values, "sorted by value, descending, across pages");
        assertEquals(ids.size(), ids.stream().distinct().count(), "no row appears on two pages");
    }

    @Test
    void totalsAgreeWithTheListTheyDescribe() {
        long districtId = Fixtures.districtId(Fixtures.NAM_GIANG);
        JsonPath totals = page("/api/v1/support-records/totals?districtId=" + districtId);
        long count = totals.getLong("count");
        long sum = 0;
        for (int p = 0; p * 100 < count; p++) {
            sum += page("/api/v1/support-records?size=100&districtId=" + districtId + "&page=" + p)
                    .getList("items.valueVnd", Long.class).stream().mapToLong(Long::longValue).sum();
        }
        assertEquals(page("/api/v1/support-records?size=1&districtId=" + districtId).getLong("total"), count);
        assertEquals(totals.getLong("valueVnd"), sum);
        assertEquals(totals.getLong("valueVnd"), totals.getLong("cashVnd") + totals.getLong("inKindVnd"));
    }
}
