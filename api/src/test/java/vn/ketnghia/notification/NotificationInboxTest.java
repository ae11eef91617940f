package vn.ketnghia.notification;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ketnghia.testsupport.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ketnghia.testsupport.Fixtures;
import vn.ketnghia.testsupport.Tokens;

/** The inbox of each party: who sees which notices, marking read, unread counts. Uses no reporting period. */
@QuarkusTest
class NotificationInboxTest {

    private static final String INBOX = "/api/v1/notifications";

    @Inject
    NotificationService notifications;

    @Inject
    ReportingRows rows;

    private long notify(Party party, String title) {
        return notifications.notify(party, "report_reminder", title, "Nội dung " + title, "/reports/1", null).orElseThrow().id;
    }

    private static long unread(String user) {
        return as(user).get(INBOX + "/unread-count").then().statusCode(200).extract().jsonPath().getLong("count");
    }

    private static List<Integer> ids(String user, String query) {
        return as(user).get(INBOX + "?size=100" + query).then().statusCode(200).extract().jsonPath().getList("items.id");
    }

    @Test
    void eachPartySeesOnlyItsOwnInbox() {
        Party soNn = Party.organization(rows.organizationId(Fixtures.SO_NN));
        Party soTc = Party.organization(rows.organizationId(Fixtures.SO_TC));
        Party namGiang = Party.district(rows.districtId(Fixtures.NAM_GIANG));
        long toSoNn = notify(soNn, "Gửi Sở NN&PTNT");
        long toSoTc = notify(soTc, "Gửi Sở Tài chính");
        long toNamGiang = notify(namGiang, "Gửi huyện Nam Giang");
        long toProvince = notify(Party.province(), "Gửi Ban Dân tộc");

        as("sonnptnt").get(INBOX).then().statusCode(200)
                .body("items[0].id", equalTo((int) toSoNn))
                .body("items[0].title", equalTo("Gửi Sở NN&PTNT"))
                .body("items[0].body", equalTo("Nội dung Gửi Sở NN&PTNT"))
                .body("items[0].kind", equalTo("report_reminder"))
                .body("items[0].link", equalTo("/reports/1"))
                .body("items[0].readAt", nullValue());
        assertTrue(ids("sonnptnt", "").contains((int) toSoNn));
        for (long other : List.of(toSoTc, toNamGiang, toProvince)) {
            assertTrue(!ids("sonnptnt", "").contains((int) other));
        }
        assertEquals(List.of(true, false, false, false), List.of(
                ids("sotaichinh", "").contains((int) toSoTc), ids("sotaichinh", "").contains((int) toSoNn),
                ids("sotaichinh", "").contains((int) toNamGiang), ids("sotaichinh", "").contains((int) toProvince)));
        for (String district : List.of("namgiang", Tokens.NAM_GIANG_SYSTEM)) {
            assertTrue(ids(district, "").contains((int) toNamGiang), district);
            assertTrue(!ids(district, "").contains((int) toSoNn), district);
        }
        assertTrue(!ids("taygiang", "").contains((int) toNamGiang));
        for (String province : List.of("bdt", "lanhdao", "admin")) {
            assertTrue(ids(province, "").contains((int) toProvince), province);
            assertTrue(!ids(province, "").contains((int) toSoNn), province);
        }

        as("sotaichinh").post(INBOX + "/" + toSoNn + "/read").then().statusCode(404)
                .body("type", equalTo("urn:ketnghia:problem:not-found"));
        as("bdt").post(INBOX + "/" + toNamGiang + "/read").then().statusCode(404);
        as("sonnptnt").post(INBOX + "/999999999/read").then().statusCode(404);
        as("sonnptnt").get(INBOX + "?unread=maybe").then().statusCode(400)
                .body("errors[0].parameter", equalTo("unread"));
    }

    @Test
    void markingReadMovesTheUnreadCountForTheWholeParty() {
        Party soNn = Party.organization(rows.organizationId(Fixtures.SO_NN));
        long before = unread("sonnptnt");
        long first = notify(soNn, "Thông báo thứ nhất");
        long second = notify(soNn, "Thông báo thứ hai");
        assertEquals(before + 2, unread("sonnptnt"));
        assertTrue(ids("sonnptnt", "&unread=true").containsAll(List.of((int) first, (int) second)));

        as("sonnptnt").post(INBOX + "/" + first + "/read").then().statusCode(200)
                .body("id", equalTo((int) first)).body("readAt", notNullValue()).body("readBy", equalTo("sonnptnt"));
        String firstReadAt = as("sonnptnt").post(INBOX + "/" + first + "/read").then().statusCode(200)
                .body("readBy", equalTo("sonnptnt")).extract().jsonPath().getString("readAt");
        assertEquals(before + 1, unread("sonnptnt"));
        assertTrue(!ids("sonnptnt", "&unread=true").contains((int) first));
        assertTrue(ids("sonnptnt", "&unread=true").contains((int) second));
        assertTrue(ids("sonnptnt", "&unread=false").contains((int) first));
        assertEquals(firstReadAt, as("sonnptnt").get(INBOX + "?unread=false&size=100").then().statusCode(200)
                .extract().jsonPath().getString("items.find { it.id == " + first + " }.readAt"));

        as("sonnptnt").post(INBOX + "/read-all").then().statusCode(204);
        assertEquals(0, unread("sonnptnt"));
        as("sonnptnt").get(INBOX + "?unread=true").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void theProvinceViewerReadsTheOfficeInboxButDoesNotMarkIt() {
        long before = unread("bdt");
        long notice = notify(Party.province(), "Báo cáo mới: Thử");
        assertEquals(before + 1, unread("lanhdao"));
        as("lanhdao").post(INBOX + "/" + notice + "/read").then().statusCode(403);
        as("lanhdao").post(INBOX + "/read-all").then().statusCode(403);
        assertEquals(before + 1, unread("bdt"));

        as("admin").post(INBOX + "/" + notice + "/read").then().statusCode(200).body("readBy", equalTo("admin"));
        assertEquals(before, unread("bdt"));
        as("bdt").get(INBOX + "?unread=true&size=100").then().statusCode(200).body("items.id", not(hasItem((int) notice)));
        as("namgiang").post(INBOX + "/read-all").then().statusCode(204);
        assertEquals(0, unread(Tokens.NAM_GIANG_SYSTEM));
    }

    @Test
    void aDedupKeyIsUsedOnce() {
        Party stc = Party.organization(rows.organizationId(Fixtures.SO_TC));
        String key = "test:dedup:" + System.nanoTime();
        assertTrue(notifications.notify(stc, "report_reminder", "Một lần", "Chỉ một lần", null, key).isPresent());
        assertTrue(notifications.notify(stc, "report_reminder", "Lần hai", "Không được tạo", null, key).isEmpty());
        assertEquals("Một lần", rows.notificationByKey(key).title);
    }
}
