package vn.ketnghia.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ketnghia.testsupport.Api.as;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ketnghia.common.time.ProgrammeDate;

/**
 * The coverage lists read their VND from the yearly aggregate support_stat_year plus, for the year asOf falls
 * in, a range of support_record (see {@link SupportWindow}). Here every commune's received VND and every
 * organisation's given VND, and their last support dates, are compared on the demo data (period 2016–2020)
 * with sums computed directly over support_record, as of today and as of dates inside a year — early in the
 * year (the records of the year up to asOf are added), late in it (those after asOf are subtracted) and on
 * 31 December (whole years only) — for callers of each scope.
 */
@QuarkusTest
class CoverageSumsTest {

    @Inject
    AgroalDataSource dataSource;

    /** Per commune or organisation id: VND up to asOf, and last support date up to asOf (null when none). */
    private record Figures(long vnd, LocalDate lastSupportDate) {
    }

    @ParameterizedTest(name = "{0} as of {1}")
    @CsvSource({
            "bdt,        today",
            "bdt,        2018-03-15",
            "bdt,        2019-09-30",
            "bdt,        2017-12-31",
            "namgiang,   2018-03-15",
            "namgiang,   2019-09-30",
            "sonnptnt,   2019-09-30",
            "service-account-ketnghia-integration-namgiang, 2018-03-15"})
    void communesReceiveWhatTheirRecordsSum(String user, String asOfText) throws SQLException {
        long period = demoPeriod();
        LocalDate asOf = "today".equals(asOfText) ? ProgrammeDate.today() : LocalDate.parse(asOfText);
        String scope = switch (user) {
            case "bdt" -> "true";
            case "namgiang", "service-account-ketnghia-integration-namgiang" -> "a.district_id = (select id from admin_unit where level = 'district' and code = '510')";
            case "sonnptnt" -> "a.organization_id = (select id from organization where code = 'SNNPTNT')";
            default -> throw new IllegalArgumentException(user);
        };
        // a district-level twinning's recipient is the district, which the communes list does not show
        Map<Long, Figures> expected = sums(period, asOf, "a.recipient_id",
                scope + " and exists (select 1 from admin_unit r where r.id = a.recipient_id and r.level = 'commune')");
        Map<Long, Figures> actual = listed(user, "/api/v1/coverage/communes", period, asOfText, "receivedVnd");
        // every listed commune that an agreement in scope helps has its sums; the others are listed with none
        for (Map.Entry<Long, Figures> row : actual.entrySet()) {
            assertEquals(expected.getOrDefault(row.getKey(), new Figures(0, null)), row.getValue(),
                    user + " as of " + asOf + ": commune " + row.getKey());
        }
        assertTrue(actual.keySet().containsAll(expected.keySet()), user + " as of " + asOf + ": every helped commune is listed");
        assertTrue(expected.values().stream().anyMatch(f -> f.vnd() > 0), "the demo has support to compare with");
    }

    @ParameterizedTest(name = "organisations as of {0}")
    @CsvSource({"today", "2018-03-15", "2019-09-30", "2017-12-31", "2016-01-01"})
    void organisationsGiveWhatTheirRecordsSum(String asOfText) throws SQLException {
        long period = demoPeriod();
        LocalDate asOf = "today".equals(asOfText) ? ProgrammeDate.today() : LocalDate.parse(asOfText);
        Map<Long, Figures> expected = sums(period, asOf, "a.organization_id", "true");
        Map<Long, Figures> actual = listed("bdt", "/api/v1/coverage/organizations", period, asOfText, "givenVnd");
        assertEquals(count("select count(*) from organization where active"), actual.size(), "every active organisation is listed");
        for (Map.Entry<Long, Figures> row : actual.entrySet()) {
            assertEquals(expected.getOrDefault(row.getKey(), new Figures(0, null)), row.getValue(),
                    "as of " + asOf + ": organisation " + row.getKey());
        }
        if (!asOfText.equals("2016-01-01")) {
            assertTrue(expected.values().stream().anyMatch(f -> f.vnd() > 0), "the demo has support to compare with");
        }
    }

    /** The mid-year dates above split a year of demo support: records on both sides of asOf within its year. */
    @Test
    void theMidYearDatesSplitTheDemoSupport() throws SQLException {
        long period = demoPeriod();
        for (String asOf : List.of("2018-03-15", "2019-09-30")) {
            int year = LocalDate.parse(asOf).getYear();
            String records = "select count(*) from support_record s join agreement a on a.id = s.agreement_id where a.period_id = " + period;
            assertTrue(count(records + " and s.support_date between date '" + year + "-01-01' and date '" + asOf + "'") > 0, asOf);
            assertTrue(count(records + " and s.support_date > date '" + asOf + "' and s.support_date <= date '" + year + "-12-31'") > 0,
                    asOf);
        }
    }

    @Test
    void theWindowAddsOrSubtractsTheShorterPartOfTheYear() {
        LocalDate today = LocalDate.of(2026, 11, 27);
        // early in the year: whole years before it, plus 01/01..asOf
        assertEquals(new SupportWindow(2017, LocalDate.of(2018, 1, 1), LocalDate.of(2018, 3, 15), 1),
                SupportWindow.of(LocalDate.of(2018, 3, 15), today));
        // late in the year: whole years up to it, minus the days after asOf
        assertEquals(new SupportWindow(2019, LocalDate.of(2019, 10, 1), LocalDate.of(2019, 12, 31), -1),
                SupportWindow.of(LocalDate.of(2019, 9, 30), today));
        // today (or later), even early in the year: nothing can be dated after it, so subtract the empty rest
        assertEquals(new SupportWindow(2026, LocalDate.of(2026, 2, 2), LocalDate.of(2026, 12, 31), -1),
                SupportWindow.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 1)));
        // 31 December: whole years only
        SupportWindow yearEnd = SupportWindow.of(LocalDate.of(2017, 12, 31), today);
        assertEquals(2017, yearEnd.fullYears());
        assertTrue(!yearEnd.hasRecords());
        assertTrue(SupportWindow.of(LocalDate.of(2018, 3, 15), today).hasRecords());
    }

    // ---------------------------------------------------------------- helpers

    private long demoPeriod() throws SQLException {
        return count("select id from period where code = '2016-2020'");
    }

    /** Every row of a coverage list, page by page, by id. */
    private static Map<Long, Figures> listed(String user, String path, long period, String asOfText, String vndField) {
        Map<Long, Figures> rows = new HashMap<>();
        String asOf = "today".equals(asOfText) ? "" : "&asOf=" + asOfText;
        for (int page = 0; ; page++) {
            JsonPath json = as(user).get(path + "?periodId=" + period + asOf + "&size=100&page=" + page)
                    .then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = json.getList("items");
            for (Map<String, Object> item : items) {
                Object date = item.get("lastSupportDate");
                Figures previous = rows.put(((Number) item.get("id")).longValue(),
                        new Figures(((Number) item.get(vndField)).longValue(), date == null ? null : LocalDate.parse((String) date)));
                assertEquals(null, previous, "each row once");
            }
            if ((long) (page + 1) * 100 >= json.getLong("total")) {
                assertEquals(json.getLong("total"), rows.size());
                return rows;
            }
        }
    }

    /** sum(value_vnd) and max(support_date) of the records up to asOf of the period's agreements in scope, per key. */
    private Map<Long, Figures> sums(long period, LocalDate asOf, String key, String scope) throws SQLException {
        String sql = "select " + key + ", sum(s.value_vnd), max(s.support_date) from support_record s"
                + " join agreement a on a.id = s.agreement_id where a.period_id = ? and s.support_date <= ? and " + scope
                + " group by " + key;
        Map<Long, Figures> sums = new HashMap<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, period);
            statement.setDate(2, Date.valueOf(asOf));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    sums.put(rows.getLong(1), new Figures(rows.getLong(2), rows.getDate(3).toLocalDate()));
                }
            }
        }
        return sums;
    }

    private long count(String sql) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                values.add(rows.getLong(1));
            }
        }
        assertEquals(1, values.size(), sql);
        return values.getFirst();
    }
}
